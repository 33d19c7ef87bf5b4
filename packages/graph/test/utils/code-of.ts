// The stable `code` a store's promise is rejected with ('resolved' when it is not): what the contract suites compare.
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `uncoded ${String(error)}`;
  }
  return 'resolved';
}
