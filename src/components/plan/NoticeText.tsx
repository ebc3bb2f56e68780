// A notice's words and, when it has them, the answers it names: the page's notices (a share link that cannot open,
// damaged storage) and the backup file's problems use it.
import type { Notice } from '../../stores/plan.ts';
import { describeError } from './labels.ts';

export const NoticeText = ({ n }: { n: Notice }) => (
  <>
    {n.message}
    {n.errors?.length ? (
      <ul>
        {n.errors.map((e) => (
          <li>{describeError(e.path, e.message)}</li>
        ))}
      </ul>
    ) : null}
  </>
);
