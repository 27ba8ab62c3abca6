// The benchmark's lowest reference page: React 18 alone rendering what the interactive probe looks
// for (a check in the "Compliance checks" region and an enabled Insert template button), no
// Fluent, no add-in code, no office.js. Its time to "interactive" against the blank page's is the
// least any React pane can cost on this machine.
import { createRoot } from 'react-dom/client';

function Floor() {
  return (
    <main>
      <section aria-label="Compliance checks">
        <ul>
          <li>Passed · Company domain</li>
        </ul>
      </section>
      <button type="button">Insert template</button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
