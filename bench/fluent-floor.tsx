// The benchmark's reference page: React 18 + FluentProvider + the Fluent components the pane's
// first screen uses, with no add-in code, no office.js and no Office reads. Its time to
// "interactive" (same probe as the pane) is the floor that Fluent UI itself sets on this machine.
import {
  Button,
  Field,
  FluentProvider,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function Floor() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Field label="Who is sending this request?">
        <RadioGroup defaultValue="a">
          <Radio value="a" label="I am the current primary contact" />
          <Radio value="b" label="I am a manager at the company" />
        </RadioGroup>
      </Field>
      <Field label="Account number">
        <Input />
      </Field>
      <Field label="Region">
        <Select>
          <option>Europe, Middle East, Africa</option>
        </Select>
      </Field>
      <section aria-label="Compliance checks">
        <ul>
          <li>Passed · Company domain</li>
        </ul>
      </section>
      <Spinner size="tiny" label="Reading…" />
      <Button appearance="primary">Insert template</Button>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Floor />);
