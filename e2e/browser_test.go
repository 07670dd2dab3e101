//go:build linux

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Timeouts are generous: the machine may be shared and slow. They bound a
// hang, they do not measure speed.
const (
	stepTimeout   = 60 * time.Second  // one click, one page load, one kernel start
	runTimeout    = 150 * time.Second // Run All of a notebook
	pageWidth     = 1280
	windowHeight  = 900
	maxShotHeight = 32000 // a longer notebook is cut: the PNG would grow past 100 MB in memory
)

// TestNotebookInBrowser is what a student does on the first day: open a
// bundled notebook in Jupyter Notebook, run it, interrupt a loop that never
// ends, restart the kernel, and press Tab. See the package documentation.
func TestNotebookInBrowser(t *testing.T) {
	tl := findTools(t)
	start := time.Now()
	artifacts := artifactDir(t)
	work := t.TempDir()
	// Registered first, so it runs last: after the browser and the server
	// are gone, nothing that mentions work may still run.
	t.Cleanup(func() {
		checkNoProcessesLeft(t, work)
		t.Logf("browser test took %v, teardown included", time.Since(start).Round(time.Millisecond))
	})

	bin := buildKernel(t, work)
	env := jupyterEnv(work)
	installKernelspec(t, bin, env)
	nbDir := filepath.Join(work, "notebooks")
	writeNotebooks(t, nbDir)
	srv := startServer(t, tl.python, env, nbDir, filepath.Join(artifacts, "notebook-server.log"))
	b := startBrowser(t, tl.chromium, filepath.Join(work, "chromium"), artifacts)
	t.Logf("setup took %v", time.Since(start).Round(time.Millisecond))

	t.Run("computational graphs", func(t *testing.T) {
		b.open(t, srv.page(graphsNotebook))
		b.runAll(t)
		b.screenshot(t, "02-computational-graphs")
		cells := b.cells(t)
		checkAllRan(t, cells)
		checkNoErrors(t, cells)
		if !cells.printedInOrder(-4, -4, 3) {
			t.Errorf("no output line shows the gradients -4, -4, 3; outputs:\n%s", cells.texts())
		}
		checkPictures(t, cells, `plotting\.Graph\(`) // the circuit
	})

	t.Run("svm live output", func(t *testing.T) {
		b.open(t, srv.page(svmNotebook))
		b.watchOutputs(t)
		b.runAll(t)
		b.screenshot(t, "07-svm")
		cells := b.cells(t)
		checkAllRan(t, cells)
		checkNoErrors(t, cells)
		checkPictures(t, cells, `plotting\.(ImageGrid|TensorGraph|NewLiveLoss|Curves|Weights)\(`)

		train := cells.find(liveCell)
		if train == nil {
			t.Fatalf("no cell of %s contains %q", svmNotebook, liveCell)
		}
		var pictures, bars []output
		for _, o := range train.Outputs {
			if len(o.Images) > 0 {
				pictures = append(pictures, o)
			}
			if o.Progress {
				bars = append(bars, o)
			}
		}
		// One output area each, however many times they were redrawn.
		if len(pictures) != 1 || len(bars) != 1 {
			t.Errorf("got %d picture and %d progress output areas under the training cell, want 1 and 1; outputs:\n%s",
				len(pictures), len(bars), train.texts())
		}
		if len(bars) > 0 && !strings.Contains(bars[0].Text, liveDone) {
			t.Errorf("got progress bar %q at the end, want it to say %q", bars[0].Text, liveDone)
		}
		updates := b.updates(t)[train.Index]
		if updates.Images < 2 || updates.Progress < 2 {
			t.Errorf("the loss curve showed %d pictures and the progress bar %d states, want at least 2 each (updated while training)",
				updates.Images, updates.Progress)
		}
		t.Logf("in one output area each, the loss curve was drawn %d times and the progress bar showed %d states",
			updates.Images, updates.Progress)
	})

	// The rest goes on in 07-svm, whose variables Run All has just set.
	t.Run("interrupt", func(t *testing.T) {
		b.need(t)
		loop := b.newCell(t, "for {}")
		b.do(t, "run the endless cell",
			press(keyEnter, chromedp.ModifierShift))
		b.waitFor(t, "the endless cell to run", stepTimeout, fmt.Sprintf(
			`%s && /\*/.test(document.querySelectorAll('#notebook-container .cell')[%d].querySelector('.input_prompt').textContent)`,
			jsBusy, loop))
		time.Sleep(time.Second) // let it spin, as it would while a student reaches for the button
		b.snapshot(t, "interrupt-running", loop)
		b.do(t, "click the toolbar's interrupt button",
			chromedp.Click(chromedp.CSS(`button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]`)))
		b.waitIdle(t, stepTimeout)
		// The notebook renders the cell's error after the kernel reports
		// idle on a busy machine: wait for it to show, then look.
		b.waitFor(t, "the interrupted cell's error", stepTimeout, fmt.Sprintf(
			`(document.querySelectorAll('#notebook-container .cell')[%d].querySelector('.output_error') || {textContent: ''}).textContent.includes('Interrupted')`,
			loop))
		got := b.cells(t)[loop]
		if !promptNumbered(got.Prompt) {
			t.Errorf("got prompt %q on the interrupted cell, want In [n]:", got.Prompt)
		}
		said := false
		for _, o := range got.Outputs {
			said = said || strings.Contains(o.Class, "output_error") && strings.Contains(o.Text, "Interrupted")
		}
		if !said {
			t.Errorf("got outputs %q under the interrupted cell, want an error output that says Interrupted", got.texts())
		}

		i := b.newCell(t, liveVariable)
		b.runCell(t)
		if got := b.cells(t)[i]; !strings.Contains(got.texts(), liveValue) {
			t.Errorf("after the interrupt %s shows %q, want %s", liveVariable, got.texts(), liveValue)
		}
		b.snapshot(t, "interrupt-done", i)
	})

	t.Run("restart", func(t *testing.T) {
		b.need(t)
		b.do(t, "listen for the restarted kernel", chromedp.Evaluate[chromedp.Void](
			`window.e2eReady = 0; Jupyter.notebook.events.on('kernel_ready.Kernel', () => window.e2eReady++)`))
		b.do(t, "Kernel > Restart",
			chromedp.Click(chromedp.CSS("#kernellink")),
			chromedp.Click(chromedp.CSS("#restart_kernel > a")))
		b.waitFor(t, "the restart dialog", stepTimeout, `!!document.querySelector('.modal-dialog .modal-footer button.btn-danger')`)
		b.snapshot(t, "restart-dialog", -1)
		b.do(t, "confirm the restart dialog",
			chromedp.Click(chromedp.CSS(".modal-dialog .modal-footer button.btn-danger")))
		b.waitFor(t, "the kernel to come back after the restart", stepTimeout,
			`window.e2eReady > 0 && !document.querySelector('.modal-dialog') && `+jsIdle)
		i := b.newCell(t, `fmt.Println("after restart:", 6*7)`)
		b.runCell(t)
		// A new kernel counts its cells from 1 again.
		if got := b.cells(t)[i]; got.Prompt != "In [1]:" || !strings.Contains(got.texts(), "after restart: 42") {
			t.Errorf("after the restart the cell shows %s %q, want In [1]: %q", got.Prompt, got.texts(), "after restart: 42")
		}
		b.snapshot(t, "restart-done", i)
	})

	t.Run("tab completion", func(t *testing.T) {
		b.need(t)
		b.newCell(t, "fmt.Pri")
		b.do(t, "press Tab", press(keyTab, 0))
		b.waitFor(t, "the completion list", stepTimeout,
			`!!document.querySelector('#complete select') && document.querySelector('#complete select').offsetHeight > 0`)
		b.snapshot(t, "completion", -1) // scrolling would close the list
		options := evaluate[[]string](t, b, `Array.from(document.querySelectorAll('#complete select option')).map(o => o.textContent)`)
		if !slices.Contains(options, "Println") {
			t.Errorf("got completions %q for fmt.Pri, want Println among them", options)
		}
		b.do(t, "close the list", press(keyEscape, 0))
	})
}

// browser is headless Chromium and the tab of the notebook under test.
type browser struct {
	root      context.Context // the browser
	ctx       context.Context // the tab of the notebook being tested
	closeTab  context.CancelFunc
	artifacts string
	shots     int
	lost      bool // a step failed: the page is in a state the next steps did not plan for
	console   *consoleLog
}

// startBrowser starts headless Chromium with the flags this kind of
// machine needs (no sandbox as root, no GPU, no network of its own) and a
// fresh profile in dataDir, and closes it when the test ends.
func startBrowser(t *testing.T, exe, dataDir, artifacts string) *browser {
	t.Helper()
	logFile, err := os.Create(filepath.Join(artifacts, "chromium.log"))
	if err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(dataDir),
		chromedp.WindowSize(pageWidth, windowHeight),
		chromedp.CombinedOutput(logFile),
	)
	ctx, cancel := chromedp.NewContext(allocCtx)
	b := &browser{root: ctx, ctx: ctx, artifacts: artifacts, console: newConsoleLog(t, filepath.Join(artifacts, "console.log"))}
	t.Cleanup(func() {
		if b.closeTab != nil {
			b.closeTab()
		}
		closeCtx, cancelClose := context.WithTimeout(ctx, 15*time.Second)
		if err := chromedp.Cancel(closeCtx); err != nil {
			t.Logf("close chromium: %v", err)
		}
		cancelClose()
		cancel()
		cancelAlloc()
		logFile.Close()
	})
	// The first action starts the browser, and must not carry a timeout:
	// its context is the browser's lifetime.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return b
}

// do runs actions as one step, named for the failure message, and takes a
// screenshot if the step fails.
func (b *browser) do(t *testing.T, step string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.fail(t, step, err)
	}
}

// fail ends the test after a step that did not finish, with a screenshot
// of the page as it was, and marks the tab lost for the steps that follow.
func (b *browser) fail(t *testing.T, step string, err error) {
	t.Helper()
	b.lost = true
	b.screenshotWithin(t, "failed-"+step, 10*time.Second)
	t.Fatalf("%s: %v", step, err)
}

// need skips a test whose steps go on from a page an earlier test left in
// an unknown state.
func (b *browser) need(t *testing.T) {
	t.Helper()
	if b.lost {
		t.Skip("skipped: an earlier step failed on this page")
	}
}

// evaluate returns the value of a JavaScript expression in the page.
func evaluate[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.fail(t, "evaluate "+expr, err)
	}
	return v
}

// waitFor waits until the JavaScript condition holds, polled ten times a
// second.
func (b *browser) waitFor(t *testing.T, what string, timeout time.Duration, cond string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout+5*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		b.fail(t, fmt.Sprintf("waiting %v for %s", timeout, what), err)
	}
}

// The kernel indicator at the top right: the kernel's display name and an
// icon whose class says idle or busy.
const (
	jsKernelName = `document.querySelector('#kernel_indicator .kernel_indicator_name').textContent`
	jsIdle       = `(document.querySelector('#kernel_indicator_icon').className === 'kernel_idle_icon')`
	jsBusy       = `(document.querySelector('#kernel_indicator_icon').className === 'kernel_busy_icon')`
	// No cell shows In [*]: nothing is queued or running.
	jsNoneRunning = `Array.from(document.querySelectorAll('#notebook-container .code_cell .input_prompt')).every(p => !/\*/.test(p.textContent))`
)

// open loads a notebook page and waits until the kernel indicator names
// this kernel and shows it idle.
//
// Each notebook gets a tab of its own, as when a student opens it from the
// file list: leaving a notebook with unsaved outputs in the same tab would
// stop at the page's "leave site?" question.
func (b *browser) open(t *testing.T, url string) {
	t.Helper()
	if b.closeTab != nil {
		b.closeTab()
	}
	b.ctx, b.closeTab = chromedp.NewContext(b.root)
	b.lost = false
	// As for the browser, the first action opens the tab and must not carry
	// a timeout, which would close the tab with it.
	if err := chromedp.Do(b.ctx); err != nil {
		b.fail(t, "open a tab", err)
	}
	if err := chromedp.Listen(b.ctx, b.console.record); err != nil {
		b.fail(t, "listen to the console", err)
	}
	b.do(t, "open "+url, chromedp.Navigate(url))
	b.waitFor(t, "the notebook and its kernel", stepTimeout,
		`typeof Jupyter !== 'undefined' && Jupyter.notebook && Jupyter.notebook._fully_loaded && `+
			`Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected() && `+
			`document.querySelector('#kernel_indicator .kernel_indicator_name') && `+jsKernelName+` === 'Go (gobackprop)' && `+jsIdle)
}

// runAll clicks Cell > Run All and waits until no cell is queued or running
// and the kernel is idle.
func (b *browser) runAll(t *testing.T) {
	t.Helper()
	b.do(t, "Cell > Run All",
		chromedp.Click(chromedp.CSS("#celllink")),
		chromedp.Click(chromedp.CSS("#run_all_cells > a")))
	b.waitFor(t, "Run All to finish", runTimeout, jsNoneRunning+" && "+jsIdle)
}

// waitIdle waits until no cell is running and the kernel is idle.
func (b *browser) waitIdle(t *testing.T, timeout time.Duration) {
	t.Helper()
	b.waitFor(t, "the kernel to be idle", timeout, jsNoneRunning+" && "+jsIdle)
}

// newCell types src into a new code cell at the end and returns the
// cell's index. Shift+Enter on the last cell leaves an empty cell below it,
// which a student would type into; otherwise Insert > Insert Cell Below
// makes one. The text is typed key by key into CodeMirror, bracket closing
// and all.
func (b *browser) newCell(t *testing.T, src string) int {
	t.Helper()
	const last = "#notebook-container .cell:last-child"
	n := len(b.cells(t))
	if !evaluate[bool](t, b, `(() => { const c = document.querySelector('`+last+`');
		return c.classList.contains('code_cell') && c.querySelector('.CodeMirror').CodeMirror.getValue() === ''; })()`) {
		b.do(t, "select the last cell",
			press(keyEscape, 0),
			chromedp.Click(chromedp.CSS(last+" .input_prompt")))
		b.do(t, "Insert > Insert Cell Below",
			chromedp.Click(chromedp.CSS("#insertlink")),
			chromedp.Click(chromedp.CSS("#insert_cell_below > a")))
		b.waitFor(t, "the new cell", stepTimeout, fmt.Sprintf(`document.querySelectorAll('#notebook-container .cell').length === %d`, n+1))
		n++
	}
	b.do(t, "type "+src,
		chromedp.Click(chromedp.CSS(last+" .CodeMirror-lines")),
		chromedp.KeyEvent(src))
	got := evaluate[string](t, b, `document.querySelector('`+last+` .CodeMirror').CodeMirror.getValue()`)
	if got != src {
		t.Fatalf("got %q in the new cell, want %q", got, src)
	}
	return n - 1
}

// Keys as a US keyboard sends them: what press needs to make one.
var (
	keyEnter  = input.DispatchKeyEventParams{Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, Text: "\r"}
	keyTab    = input.DispatchKeyEventParams{Key: "Tab", Code: "Tab", WindowsVirtualKeyCode: 9}
	keyEscape = input.DispatchKeyEventParams{Key: "Escape", Code: "Escape", WindowsVirtualKeyCode: 27}
)

// press presses and releases one key with modifiers, the way a keyboard
// does: a keydown that carries the text, so that the page's preventDefault
// on keydown (the notebook's Shift+Enter) also stops the text from being
// typed. chromedp.KeyEvent sends the text as a separate event that nothing
// stops, and Shift+Enter would leave a newline in the next cell.
func press(key input.DispatchKeyEventParams, modifiers chromedp.Modifier) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		down, up := key, key
		down.Type, up.Type = input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp
		down.Modifiers, up.Modifiers = int64(modifiers), int64(modifiers)
		up.Text = ""
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, down); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, up)
		return err
	})
}

// runCell runs the cell being edited with Shift+Enter and waits for it.
func (b *browser) runCell(t *testing.T) {
	t.Helper()
	b.do(t, "Shift+Enter", press(keyEnter, chromedp.ModifierShift))
	b.waitIdle(t, stepTimeout)
}

// screenshot saves the whole notebook, not only the window, as
// NN-name.png in the artifact directory. The classic Notebook scrolls
// inside #site, so the window is made as tall as the notebook first.
func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	b.screenshotWithin(t, name, stepTimeout)
}

func (b *browser) screenshotWithin(t *testing.T, name string, timeout time.Duration) {
	t.Helper()
	b.shots++
	file := filepath.Join(b.artifacts, fmt.Sprintf("%02d-%s.png", b.shots, sanitize(name)))
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	png, err := chromedp.Run(ctx, func(ctx context.Context, tgt *chromedp.Target) ([]byte, error) {
		h, err := chromedp.Evaluate[int](`Math.ceil(
			(document.querySelector('#header') ? document.querySelector('#header').offsetHeight : 0) +
			(document.querySelector('#site') ? document.querySelector('#site').scrollHeight : document.body.scrollHeight))`)(ctx, tgt)
		if err != nil {
			return nil, err
		}
		if h > maxShotHeight {
			t.Logf("screenshot %s: the page is %d pixels tall; keeping the first %d", name, h, maxShotHeight)
		}
		h = min(max(h, windowHeight), maxShotHeight)
		if _, err := cdp.Call(ctx, tgt, emulation.SetDeviceMetricsOverride,
			emulation.SetDeviceMetricsOverrideParams{Width: pageWidth, Height: int64(h), DeviceScaleFactor: 1}); err != nil {
			return nil, err
		}
		defer cdp.Call(ctx, tgt, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
		// From the top, after two frames to lay the page out at the new
		// height.
		chromedp.Evaluate[chromedp.Void](`new Promise(r => requestAnimationFrame(() => {
			const site = document.querySelector('#site');
			if (site) site.scrollTop = 0;
			requestAnimationFrame(r);
		}))`, chromedp.EvalAwaitPromise)(ctx, tgt)
		return chromedp.FullScreenshot(100)(ctx, tgt)
	})
	if err == nil {
		err = os.WriteFile(file, png, 0o644)
	}
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	t.Logf("screenshot %s", file)
}

// snapshot saves what the window shows, scrolled to the cell at index
// (none if index is negative), as NN-name.png: a moment, such as an open
// completion list, that resizing the page for a full screenshot would end.
func (b *browser) snapshot(t *testing.T, name string, index int) {
	t.Helper()
	b.shots++
	file := filepath.Join(b.artifacts, fmt.Sprintf("%02d-%s.png", b.shots, sanitize(name)))
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	scroll := chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const c = document.querySelectorAll('#notebook-container .cell')[%d];
		if (c) c.scrollIntoView({block: 'center'});
	})()`, index))
	if _, err := chromedp.Run(ctx, scroll); err != nil {
		t.Errorf("snapshot %s: %v", name, err)
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err == nil {
		err = os.WriteFile(file, png, 0o644)
	}
	if err != nil {
		t.Errorf("snapshot %s: %v", name, err)
		return
	}
	t.Logf("screenshot %s", file)
}

// consoleLog writes the page's console errors and warnings and its
// uncaught exceptions to a file: the first place to look when a page shows
// less than it should. An uncaught exception fails the test.
type consoleLog struct {
	mu         sync.Mutex
	f          *os.File
	exceptions int
}

func newConsoleLog(t *testing.T, path string) *consoleLog {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	l := &consoleLog{f: f}
	t.Cleanup(func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.exceptions > 0 {
			// An exception in the notebook's page is what a malformed
			// message from the kernel looks like to the frontend.
			t.Errorf("the page threw %d uncaught JavaScript exceptions; see %s", l.exceptions, path)
		}
		f.Close()
	})
	return l
}

// record is a chromedp.Listen callback: it runs on the tab's reading
// goroutine, so it only formats and writes a line.
func (l *consoleLog) record(ev any) {
	var line string
	switch ev := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		line = fmt.Sprintf("exception: %s (%s:%d)", text, d.URL, d.LineNumber+1)
		l.mu.Lock()
		l.exceptions++
		l.mu.Unlock()
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeWarning {
			return
		}
		var args []string
		for _, a := range ev.Args {
			if a.Description != "" {
				args = append(args, a.Description)
			} else {
				args = append(args, string(a.Value))
			}
		}
		line = fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " "))
	default:
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.f, "%s %s\n", time.Now().Format("15:04:05.000"), line)
}

// sanitize makes a step's name a short file name.
func sanitize(s string) string {
	if len(s) > 60 {
		s = s[:60]
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, s)
}
