-- Drives the Corpus Lint language server from Neovim 0.7 (headless), the way an editor user would:
-- start the client on a corpus, open documents, wait for their diagnostics, ask for a hover, stop.
-- The job (a JSON file named by $CORPUS_LINT_NVIM_JOB) says what to do:
--   { server = {cmd...}, root = dir, timeoutMs = n, out = file,
--     documents = { {path = file, expected = count}, ... },
--     hover = {path = file, line = n, character = n} }   -- LSP positions (0-based, UTF-16)
-- The answer, written as JSON to `out`: per document the diagnostics Neovim holds, the hover result,
-- the server's exit code after shutdown, and `error` if a step failed.

local function read_file(path)
  local file = assert(io.open(path, 'r'))
  local text = file:read('*a')
  file:close()
  return text
end

local function write_file(path, text)
  local file = assert(io.open(path, 'w'))
  file:write(text)
  file:close()
end

local job = vim.json.decode(read_file(os.getenv('CORPUS_LINT_NVIM_JOB')))
local result = { documents = {}, published = {} }

local function diagnostics_of(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = vim.diagnostic.severity[d.severity], code = d.code, message = d.message, source = d.source,
    })
  end
  return found
end

local function run()
  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    published[params.uri] = (published[params.uri] or 0) + 1
    return default_handler(err, params, ctx, config)
  end

  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'corpus-lint',
    cmd = job.server,
    root_dir = job.root,
    on_exit = function(code) exit_code = code end,
  })
  assert(client_id, 'the language server did not start')

  local buffers = {}
  for _, document in ipairs(job.documents) do
    vim.cmd('edit ' .. vim.fn.fnameescape(document.path))
    local bufnr = vim.api.nvim_get_current_buf()
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach ' .. document.path)
    buffers[document.path] = bufnr
  end

  -- Done when every document has had a publication and holds as many diagnostics as the CLI reports.
  local function settled()
    for _, document in ipairs(job.documents) do
      local bufnr = buffers[document.path]
      if not published[vim.uri_from_bufnr(bufnr)] then return false end
      if #vim.diagnostic.get(bufnr) ~= document.expected then return false end
    end
    return true
  end
  result.settled = vim.wait(job.timeoutMs, settled, 20)

  for _, document in ipairs(job.documents) do
    local bufnr = buffers[document.path]
    result.documents[document.path] = diagnostics_of(bufnr)
    result.published[document.path] = published[vim.uri_from_bufnr(bufnr)] or 0
  end

  if job.hover then
    local bufnr = buffers[job.hover.path]
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = job.hover.line, character = job.hover.character },
    }
    local answers, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, job.timeoutMs)
    assert(answers, 'hover request failed: ' .. tostring(err))
    local answer = answers[client_id] or {}
    assert(not answer.err, 'hover answered with an error: ' .. vim.inspect(answer.err))
    result.hover = answer.result or vim.NIL
  end

  vim.lsp.stop_client(client_id)
  vim.wait(job.timeoutMs, function() return exit_code ~= nil end, 20)
  result.serverExitCode = exit_code or vim.NIL
end

local ok, err = xpcall(run, debug.traceback)
if not ok then result.error = tostring(err) end
write_file(job.out, vim.json.encode(result))
vim.cmd(ok and 'qall!' or 'cquit 1')
