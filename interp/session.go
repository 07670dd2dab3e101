package interp

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp/lower"
	"github.com/gobackprop/gobackprop/interp/stdsrc"
	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// Options configure a Session.
type Options struct {
	// Stdout and Stderr receive what cells print through fmt, log and
	// print. When nil, the text goes to the running cell's frontend. The
	// kernel, which captures file descriptors 1 and 2, passes os.Stdout
	// and os.Stderr so that all output shares one ordered path.
	Stdout, Stderr io.Writer
	// Sync, if set, is called after each cell, before Execute returns; it
	// must deliver everything written to Stdout and Stderr so far.
	Sync func()
	// Restricted leaves out the packages a grader must not allow (os/exec,
	// syscall, unsafe, net and its children, plugin, io/ioutil, os/signal,
	// runtime/debug) and confines the os package's file functions to
	// Sandbox.
	Restricted bool
	// Sandbox is the only directory a restricted session's cells can read
	// or write files in; empty means the working directory.
	Sandbox string
	// MaxDepth bounds the call depth of recursive interpreted functions;
	// zero means DefaultMaxDepth, a negative value turns the bound off (a
	// runaway recursion then ends the process).
	MaxDepth int
}

// DefaultMaxDepth is the recursion bound of interpreted functions. Each
// interpreted call takes several kilobytes of Go stack; at this depth a
// runaway recursion stops well before Go's 1 GB stack limit, which is fatal.
const DefaultMaxDepth = 10000

// Session is one notebook's interpreter: cells run in it one after the
// other and share their declarations and variables. A Session is safe for
// use by one cell at a time, plus the editor requests (Complete, Inspect,
// IsComplete) which may come at any time.
type Session struct {
	opts Options

	mu           sync.Mutex // guards the fields below and yaegi
	yi           *interp.Interpreter
	args         []string                   // the cells' os.Args
	flags        *flag.FlagSet              // the cells' flag.CommandLine
	flagUsage    func()                     // the cells' flag.Usage
	abandoned    bool                       // the last evaluation was interrupted (abandoned.go)
	checker      *typecheck.Session         // the type-check stage (check.go)
	specialized  []lower.Specialization     // copies of generic functions made so far (check.go)
	imports      map[string]bool            // import specs already evaluated
	decls        map[string]*decl           // top-level declarations by name
	order        int                        // declaration counter
	cells        int                        // cells run
	result       []any                      // values captured by _gbp.Show
	typeVersions int                        // counter for the hidden names of redefined types
	rebuilding   map[string]bool            // types being rebuilt now
	cellFuncs    map[string]map[string]bool // the running cell's functions (see recursiveNames)
	shown        bool
	keys         keyTables // interning tables of map keys (keyhash.go)

	panics    panicLog
	panicText sync.Map // panic value -> panicDescription, for the running cell
	// cancelCell ends the running cell (nil between cells); goroutines
	// the cell started call it when they panic.
	cancelCell atomic.Pointer[context.CancelCauseFunc]
	// mayBeWoken is set once a cell names a timer or I/O that can wake
	// a goroutine (deadlock.go): the session stops looking for deadlocks.
	mayBeWoken bool
	deferMu    sync.Mutex
	deferred   []func() // the running cell's top-level deferred calls
	// pending is the panic a recover in a deferred call of the cell
	// returns while runDeferred runs them after the cell panicked.
	pending      any
	pendingPanic bool
	stdin        inputReader
	depth        atomic.Int64 // nested calls of guarded functions (overflow.go)
	// evalEnded is closed when the running evaluation has returned, and
	// with it yaegi has stopped an evaluation its context ended.
	evalEnded atomic.Pointer[chan struct{}]
	// stopped is closed when a cell is interrupted, and replaced: lowered
	// selects wait on it too (runtime_select.go).
	stopped atomic.Pointer[chan struct{}]
	slots   frameSlots // what the global frame may let go of (slots.go)
	// hoisted are the callbacks of stand-ins in generic functions' bodies,
	// by key (hoisted.go).
	hoisted sync.Map
}

// decl is a top-level declaration, kept so that it can be evaluated again
// when something it uses is redefined.
type decl struct {
	name   string
	src    string // as evaluated, after rewriting
	refs   map[string]bool
	order  int
	cell   int
	line   int
	col    int
	isFunc bool
	isType bool
	doc    string
	piece  piece // where it was declared, for positions and for rebuilding
}

// New returns a session with the standard library, gonum and the project's
// packages importable, and the preloaded ones imported.
func New(opts Options) (*Session, error) {
	if opts.MaxDepth == 0 {
		opts.MaxDepth = DefaultMaxDepth
	}
	s := &Session{opts: opts}
	s.stopSelects()
	if err := s.reset(); err != nil {
		return nil, err
	}
	return s, nil
}

// Reset discards every declaration and variable: the session starts fresh.
func (s *Session) Reset() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reset()
}

func (s *Session) reset() error {
	stdout, stderr := s.opts.Stdout, s.opts.Stderr
	if stdout == nil {
		stdout = streamWriter("stdout")
	}
	if stderr == nil {
		stderr = streamWriter("stderr")
	}
	s.panics = panicLog{next: stderr}
	yi := interp.New(interp.Options{
		Stdout: stdout,
		Stderr: &s.panics,
		Stdin:  &s.stdin,
		Env:    nil,
	})
	std := stdlib.Symbols
	if s.opts.Restricted {
		var err error
		if std, err = restrictedStdlib(std, s.opts.Sandbox); err != nil {
			return err
		}
	}
	if err := yi.Use(std); err != nil {
		return fmt.Errorf("interp: stdlib symbols: %w", err)
	}
	logPkg := s.logExports(&s.panics)
	if err := yi.Use(logPkg); err != nil {
		return fmt.Errorf("interp: log: %w", err)
	}
	if err := yi.Use(symbols.Symbols); err != nil {
		return fmt.Errorf("interp: project symbols: %w", err)
	}
	// A program's os.Args are its own: the worker's command line is not
	// the cell's (len(os.Args) > 1 took the wrong branch).
	s.args = []string{"main"}
	osSyms := map[string]reflect.Value{"Exit": reflect.ValueOf(s.exit), "Args": reflect.ValueOf(&s.args).Elem()}
	if !s.opts.Restricted {
		// The process's environment, as a program has it: yaegi kept a
		// copy of its own, so os.Setenv("", v) gave no error and
		// os.UserHomeDir and os.TempDir never saw what a cell set. A
		// restricted session (grading) keeps yaegi's copy.
		for name, fn := range map[string]any{"Setenv": os.Setenv, "Getenv": os.Getenv, "LookupEnv": os.LookupEnv,
			"Unsetenv": os.Unsetenv, "Environ": os.Environ, "ExpandEnv": os.ExpandEnv, "Clearenv": os.Clearenv} {
			osSyms[name] = reflect.ValueOf(fn)
		}
	}
	if err := yi.Use(interp.Exports{"os/os": osSyms}); err != nil {
		return fmt.Errorf("interp: os.Exit: %w", err)
	}
	if err := yi.Use(s.flagExports()); err != nil {
		return fmt.Errorf("interp: flag: %w", err)
	}
	if err := yi.Use(s.runtimeExports()); err != nil {
		return fmt.Errorf("interp: runtime symbols: %w", err)
	}
	if err := stdsrc.Load(yi); err != nil {
		return fmt.Errorf("interp: generic standard packages: %w", err)
	}
	s.yi = yi
	s.checker = newChecker(!s.opts.Restricted, std, logPkg, symbols.Symbols)
	s.specialized = nil
	s.imports = map[string]bool{}
	s.decls = map[string]*decl{}
	s.hoisted.Clear()
	s.order, s.cells, s.typeVersions = 0, 0, 0
	s.rebuilding = map[string]bool{}
	if _, err := yi.Eval(preludeImports); err != nil {
		return fmt.Errorf("interp: prelude: %w", err)
	}
	for _, spec := range preloaded {
		s.imports[spec] = true
	}
	if _, err := yi.Eval(preludeBuiltins); err != nil {
		return fmt.Errorf("interp: prelude: %w", err)
	}
	return nil
}

// Execute runs one cell. What it prints goes to f; its trailing
// expression's value, if any, is returned as a bundle. Errors are *Error
// or *SyntaxError values in cell coordinates; an error never leaves the
// session unusable.
func (s *Session) Execute(ctx context.Context, code string, f display.Frontend) (result display.Bundle, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	restore := display.Use(f)
	defer restore()
	defer s.sync()
	if s.abandoned {
		waitAbandoned()
		s.abandoned = false
	}
	s.cells++
	s.stdin.discard()
	s.panicText.Clear()

	defer func() {
		// A bug in the session or in yaegi must cost the cell, not the
		// kernel or the notebook run.
		if r := recover(); r != nil {
			result, err = nil, &Error{ename: "InternalError",
				msg:   fmt.Sprintf("gobackprop could not run this cell (%v); the session goes on - please report this cell", r),
				trace: []string{red("InternalError") + fmt.Sprintf(": %v", r)}}
		}
	}()
	// A panic in a goroutine the cell started ends the cell with that
	// panic, as it would end a Go program (runtime.go goroutinePanic).
	ctx, cancel := context.WithCancelCause(ctx)
	s.cancelCell.Store(&cancel)
	defer func() {
		s.cancelCell.Store(nil)
		cancel(nil)
	}()
	s.noteWakers(code)
	defer s.watchDeadlock(ctx, cancel)()
	// The cell's top-level deferred calls run when it ends (a %time cell's
	// too).
	defer func() {
		// A panic of the cell's statements is what a recover in one of
		// its deferred calls returns, as a recover in main's.
		var pe *Error
		panicking := errors.As(err, &pe) && pe.panicked
		var pending any
		if panicking {
			pending = pe.panic
		}
		if pe != nil && pe.ename == "os.Exit" {
			s.dropDeferred() // Go runs no deferred call on os.Exit
			return
		}
		recovered, derr := s.runDeferred(panicking, pending)
		switch {
		case derr != nil:
			// A panic a deferred call raised replaces the statements'.
			result, err = nil, derr
		case recovered:
			result, err = nil, nil
		}
	}()
	if m, rest, ok := parseMagic(code); ok {
		return s.magic(ctx, m, rest, f)
	}
	return s.run(ctx, code)
}

func (s *Session) sync() {
	if s.opts.Sync != nil {
		s.opts.Sync()
	}
}

func (s *Session) run(ctx context.Context, code string) (_ display.Bundle, err error) {
	checked, err := s.checkCell(code)
	if err != nil {
		return nil, err
	}
	defer func() {
		// What yaegi could not compile was not declared: the checker keeps
		// the session as it was.
		var ce *Error
		if checked != nil && !(errors.As(err, &ce) && ce.compile) {
			s.checker.Commit(checked)
		}
	}()
	if checked != nil {
		code, checked = s.specialize(code, checked)
		if code, err = s.lowerCell(code, checked); err != nil {
			return nil, err
		}
	}
	pieces, err := split(code)
	if err != nil {
		return nil, err
	}
	var result display.Bundle
	s.cellFuncs = cellFuncs(pieces)
	defer func() { s.cellFuncs = nil }()
	pieces = hoistDecls(pieces)
	shadowable := s.shadowableNames(pieces)
	for i, p := range pieces {
		result = nil
		switch p.kind {
		case kindImport:
			err = s.evalImports(ctx, p)
		case kindDecl:
			err = s.evalDecl(ctx, p)
		case kindStmts:
			src, prefix := s.rewritten(p, stmtNodes(p.stmts)...), stmtPrefix
			if declaresAny(p.stmts[0], shadowable) || definesSeveral(p.stmts[0]) || redeclaresWithin(p.stmts[0]) || declaresTypeInside(p.stmts[0]) {
				src, prefix = closureOpen+src+closureClose, stmtPrefix+len(closureOpen)
			} else if isLiteralCall(p.stmts[0]) {
				src, prefix = "{ "+src+" }", stmtPrefix+2
			}
			_, err = s.eval(ctx, p, src, prefix)
		case kindExpr:
			result, err = s.evalExpr(ctx, p)
		}
		if errors.Is(err, errEndCell) {
			return nil, nil // a return at the cell's top level
		}
		if err == nil && (ctx.Err() != nil || s.stdin.cancelled.Load()) {
			// Stopped while a compiled call ran to its end (fmt.Scanln
			// gave up its prompt): the cell still ends as stopped.
			err = stoppedError(ctx)
		}
		if err != nil {
			return nil, explainUnordered(err, pieces[i+1:])
		}
	}
	return result, nil
}

// rewritten returns the piece's source after the rewrites of rewrite.go.
func (s *Session) rewritten(p piece, nodes ...ast.Node) string {
	if p.fset == nil || len(nodes) == 0 {
		return p.src
	}
	base := p.fset.Position(nodes[0].Pos()).Offset
	if p.kind == kindDecl {
		base = len(fileHeader)
	}
	r := &rewriter{fset: p.fset, src: p.src, base: base, recursive: s.recursiveNames(p), guardClosures: s.opts.MaxDepth >= 0, compiledInterface: s.compiledInterface}
	r.rewrite(nodes...)
	return r.apply()
}

// compiledInterface reports whether pkg.name names an interface type of an
// imported compiled package.
func (s *Session) compiledInterface(pkg, name string) bool {
	key, ok := s.packageNames()[pkg]
	if !ok {
		return false
	}
	v, ok := lookupSymbols(key)[name]
	return ok && v.Kind() == reflect.Pointer && v.IsNil() && v.Type().Elem().Kind() == reflect.Interface
}

func (s *Session) evalImports(ctx context.Context, p piece) error {
	var fresh []string
	for _, spec := range p.imports {
		if !s.imports[spec] {
			fresh = append(fresh, spec)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	src := "import (\n" + strings.Join(fresh, "\n") + "\n)"
	if _, err := s.eval(ctx, piece{kind: kindImport, src: src, line: p.line, col: p.col}, src, 0); err != nil {
		return err
	}
	for _, spec := range fresh {
		s.imports[spec] = true
	}
	return nil
}

// evalDecl evaluates a declaration. yaegi keeps the first body of a
// method and the first definition of a type, and functions keep calling
// the body a callee had when they were evaluated; so a redefinition is
// followed by what makes it visible: a rebuilt type for a type or method,
// and re-evaluated users for a function.
func (s *Session) evalDecl(ctx context.Context, p piece) error {
	if p.group != nil {
		return s.evalDeclGroup(ctx, p)
	}
	src := s.rewritten(p, p.decl)
	redefined := s.redefines(p, src)
	typeName := ""
	switch {
	case redefined && redefinableType(p.decl) != nil:
		typeName = p.names[0]
	case redefined && isMethodDecl(p):
		typeName = methodType(p.names[0])
	default:
		if _, err := s.eval(ctx, p, src, filePrefix); err != nil {
			return err
		}
	}
	s.record(p, src)
	if typeName != "" {
		return s.rebuildType(ctx, typeName)
	}
	if redefined {
		return s.reevaluateUsers(ctx, p.names)
	}
	return nil
}
