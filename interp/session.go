package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/display"
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
const DefaultMaxDepth = 3000

// Session is one notebook's interpreter: cells run in it one after the
// other and share their declarations and variables. A Session is safe for
// use by one cell at a time, plus the editor requests (Complete, Inspect,
// IsComplete) which may come at any time.
type Session struct {
	opts Options

	mu           sync.Mutex // guards the fields below and yaegi
	yi           *interp.Interpreter
	checker      *typecheck.Session         // the type-check stage (check.go)
	imports      map[string]bool            // import specs already evaluated
	decls        map[string]*decl           // top-level declarations by name
	order        int                        // declaration counter
	cells        int                        // cells run
	result       []any                      // values captured by _gbp.Show
	typeVersions int                        // counter for the hidden names of redefined types
	rebuilding   map[string]bool            // types being rebuilt now
	cellFuncs    map[string]map[string]bool // the running cell's functions (see recursiveNames)
	shown        bool

	panics    panicLog
	panicText sync.Map // panic value -> panicDescription, for the running cell
	// cancelCell ends the running cell (nil between cells); goroutines
	// the cell started call it when they panic.
	cancelCell atomic.Pointer[context.CancelCauseFunc]
	deferMu    sync.Mutex
	deferred   []func() // the running cell's top-level deferred calls
	stdin      inputReader
	depth      atomic.Int64
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
	if err := yi.Use(symbols.Symbols); err != nil {
		return fmt.Errorf("interp: project symbols: %w", err)
	}
	if err := yi.Use(s.runtimeExports()); err != nil {
		return fmt.Errorf("interp: runtime symbols: %w", err)
	}
	if err := stdsrc.Load(yi); err != nil {
		return fmt.Errorf("interp: generic standard packages: %w", err)
	}
	s.yi = yi
	s.checker = newChecker(std, symbols.Symbols)
	s.imports = map[string]bool{}
	s.decls = map[string]*decl{}
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
	// The cell's top-level deferred calls run when it ends (a %time cell's
	// too).
	defer func() {
		if derr := s.runDeferred(); derr != nil && err == nil {
			result, err = nil, derr
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
	for _, p := range pieces {
		result = nil
		switch p.kind {
		case kindImport:
			err = s.evalImports(ctx, p)
		case kindDecl:
			err = s.evalDecl(ctx, p)
		case kindStmts:
			src, prefix := s.rewritten(p, stmtNodes(p.stmts)...), stmtPrefix
			if declaresAny(p.stmts[0], shadowable) || definesSeveral(p.stmts[0]) {
				src, prefix = closureOpen+src+closureClose, stmtPrefix+len(closureOpen)
			} else if isLiteralCall(p.stmts[0]) {
				src, prefix = "{ "+src+" }", stmtPrefix+2
			}
			_, err = s.eval(ctx, p, src, prefix)
		case kindExpr:
			result, err = s.evalExpr(ctx, p)
		}
		if err != nil {
			return nil, err
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

// cellFuncs maps the functions a cell declares to the names their bodies
// mention.
func cellFuncs(pieces []piece) map[string]map[string]bool {
	funcs := map[string]map[string]bool{}
	for _, p := range pieces {
		fd, ok := p.decl.(*ast.FuncDecl)
		switch {
		case !ok || fd.Body == nil:
		case fd.Recv == nil:
			funcs[fd.Name.Name] = p.refs
		default:
			key := methodKey + fd.Name.Name
			if funcs[key] == nil {
				funcs[key] = map[string]bool{}
			}
			for r := range p.refs {
				funcs[key][r] = true
			}
		}
	}
	return funcs
}

// redefines reports whether declaration p, rewritten as src, changes a
// name an earlier cell declared.
func (s *Session) redefines(p piece, src string) bool {
	for _, n := range p.names {
		if old, ok := s.decls[n]; ok && old.src != src {
			return true
		}
	}
	return false
}

// record keeps declaration p, evaluated as src, for redefinition,
// completion and inspection.
func (s *Session) record(p piece, src string) {
	_, isFunc := p.decl.(*ast.FuncDecl)
	for _, n := range p.names {
		d := &decl{name: n, src: src, refs: p.refs, cell: s.cells, line: p.line, col: p.col,
			isFunc: isFunc, isType: isTypeDecl(p.decl), doc: p.doc, piece: p}
		if old, ok := s.decls[n]; ok {
			d.order = old.order
		} else {
			s.order++
			d.order = s.order
		}
		s.decls[n] = d
	}
}

// rebuildType declares type name afresh under a hidden name, makes name an
// alias of it, and evaluates its methods and its users again, so that new
// fields and new method bodies take effect. Values made before keep their
// old type.
func (s *Session) rebuildType(ctx context.Context, name string) error {
	// Types whose methods use each other would rebuild each other forever.
	if s.rebuilding[name] {
		return nil
	}
	s.rebuilding[name] = true
	defer delete(s.rebuilding, name)
	t, ok := s.decls[name]
	if !ok {
		return fmt.Errorf("interp: no declaration of type %s", name)
	}
	spec := redefinableType(t.piece.decl)
	if spec == nil {
		return fmt.Errorf("%s cannot be redefined here: declare it alone, as type %s struct{...}", name, name)
	}
	s.typeVersions++
	hidden := fmt.Sprintf("%s_gbp%d", name, s.typeVersions)
	start := t.piece.fset.Position(spec.Name.Pos()).Offset - len(fileHeader)
	renamed := t.src[:start] + hidden + t.src[start+len(name):]
	if _, err := s.eval(ctx, t.piece, renamed, filePrefix); err != nil {
		return err
	}
	if _, err := s.eval(ctx, t.piece, "type "+name+" = "+hidden, filePrefix); err != nil {
		return err
	}
	var methods []*decl
	for _, d := range s.decls {
		if strings.HasPrefix(d.name, name+".") {
			methods = append(methods, d)
		}
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].order < methods[j].order })
	pieces := make([]piece, len(methods))
	for i, m := range methods {
		pieces[i] = m.piece
	}
	// Methods that call each other are evaluated together, as in their cell.
	for _, p := range orderDecls(pieces) {
		members := p.group
		if members == nil {
			members = []piece{p}
		}
		srcs := make([]string, len(members))
		for i, m := range members {
			srcs[i] = s.decls[m.names[0]].src
		}
		if _, err := s.eval(ctx, members[0], groupSource(members, srcs), filePrefix); err != nil {
			return fmt.Errorf("re-evaluating method %s for the redefined type: %w", members[0].names[0], err)
		}
	}
	names := []string{name}
	for _, m := range methods {
		names = append(names, m.name)
	}
	return s.reevaluateUsers(ctx, names)
}

// reevaluateUsers evaluates again, in their original order, the functions
// and methods that refer (directly or through others) to names.
func (s *Session) reevaluateUsers(ctx context.Context, names []string) error {
	changed := map[string]bool{}
	for _, n := range names {
		changed[n] = true
	}
	var users []*decl
	for grew := true; grew; {
		grew = false
		for _, d := range s.decls {
			if changed[d.name] || !d.isFunc {
				continue
			}
			for ref := range d.refs {
				if changed[ref] || changed[methodType(ref)] {
					changed[d.name] = true
					users = append(users, d)
					grew = true
					break
				}
			}
		}
	}
	sort.Slice(users, func(i, j int) bool { return users[i].order < users[j].order })
	seen := map[string]bool{}
	var types []string // of methods that use a redefined name
	for _, d := range users {
		if strings.Contains(d.name, ".") {
			// yaegi keeps a method's first body: rebuild its type.
			if t := methodType(d.name); !seen["type "+t] {
				seen["type "+t] = true
				types = append(types, t)
			}
			continue
		}
		if seen[d.src] {
			continue
		}
		seen[d.src] = true
		if _, err := s.yi.EvalWithContext(ctx, d.src); err != nil {
			return fmt.Errorf("re-evaluating %s, which uses a redefined name: %w", d.name, err)
		}
	}
	for _, t := range types {
		if changed[t] {
			continue // being rebuilt by the caller
		}
		if err := s.rebuildType(ctx, t); err != nil {
			return err
		}
	}
	return nil
}

func isTypeDecl(d ast.Decl) bool {
	g, ok := d.(*ast.GenDecl)
	return ok && g.Tok == token.TYPE
}

// redefinableType returns the spec of a declaration of one defined type
// (not an alias), the kind that can be redefined through an alias.
func redefinableType(d ast.Decl) *ast.TypeSpec {
	g, ok := d.(*ast.GenDecl)
	if !ok || g.Tok != token.TYPE || len(g.Specs) != 1 {
		return nil
	}
	spec := g.Specs[0].(*ast.TypeSpec)
	if spec.Assign.IsValid() || spec.TypeParams != nil {
		return nil
	}
	return spec
}

func methodType(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}

// recursiveNames lists the functions of p that can reach themselves
// through calls among the session's declarations and those of the running
// cell (which may not be evaluated yet: f and g calling each other). A
// method is followed by its name alone (t.Down, whatever t's type): the
// guard costs a guarded method a little time, a missed recursion the
// whole session.
func (s *Session) recursiveNames(p piece) map[string]bool {
	fd, ok := p.decl.(*ast.FuncDecl)
	if !ok || s.opts.MaxDepth < 0 {
		return nil
	}
	name := fd.Name.Name
	refs := referenced(fd.Body)
	seen := map[string]bool{}
	stack := make([]string, 0, len(refs))
	for r := range refs {
		stack = append(stack, r)
	}
	var methods map[string][]map[string]bool // the session's methods by name, made when needed
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == name {
			return map[string]bool{name: true}
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		if refs, ok := s.cellFuncs[n]; ok {
			for r := range refs {
				stack = append(stack, r)
			}
		} else if d, ok := s.decls[n]; ok && d.isFunc {
			for r := range d.refs {
				stack = append(stack, r)
			}
		}
		for r := range s.cellFuncs[methodKey+n] {
			stack = append(stack, r)
		}
		if methods == nil {
			methods = s.methodRefs()
		}
		for _, refs := range methods[n] {
			for r := range refs {
				stack = append(stack, r)
			}
		}
	}
	return nil
}

// methodKey prefixes a method's name among the running cell's functions
// (cellFuncs), where a function of the same name may be too.
const methodKey = "."

// methodRefs returns the names each declared method uses, by method name.
func (s *Session) methodRefs() map[string][]map[string]bool {
	m := map[string][]map[string]bool{}
	for n, d := range s.decls {
		if i := strings.IndexByte(n, '.'); i >= 0 && d.isFunc {
			m[n[i+1:]] = append(m[n[i+1:]], d.refs)
		}
	}
	return m
}

// evalExpr evaluates the trailing expression and returns its value as a
// bundle. The value is taken by passing the expression to a compiled
// function, not from Eval's result, which can be stale after a call that
// returns nothing (yaegi issue 1069).
func (s *Session) evalExpr(ctx context.Context, p piece) (display.Bundle, error) {
	src := s.rewritten(p, p.expr)
	if isPrintCall(p.expr) {
		_, err := s.eval(ctx, p, src, stmtPrefix)
		return nil, err
	}
	s.result, s.shown = nil, false
	_, err := s.eval(ctx, p, showCall+src+")", stmtPrefix+len(showCall))
	var ce *Error
	if err != nil && errors.As(err, &ce) && ce.compile {
		// No value (a call of a function without results) or not an
		// expression that can be passed: run it as a statement.
		if isLiteralCall(&ast.ExprStmt{X: p.expr}) {
			_, err = s.eval(ctx, p, "{ "+src+" }", stmtPrefix+2)
			return nil, err
		}
		_, err = s.eval(ctx, p, src, stmtPrefix)
		return nil, err
	}
	if err != nil || !s.shown {
		return nil, err
	}
	return formatResult(s.result), nil
}

const showCall = "_gbp.Show("

// isPrintCall reports calls whose results nobody wants echoed:
// fmt.Println(...) returns (n, err).
func isPrintCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return false
	}
	switch pkg.Name {
	case "fmt":
		return strings.HasPrefix(sel.Sel.Name, "Print") || strings.HasPrefix(sel.Sel.Name, "Fprint")
	case "log":
		return true
	}
	return false
}

// formatResult renders a trailing expression's values: a Renderer richly,
// a string quoted, anything else as %v.
func formatResult(vs []any) display.Bundle {
	if len(vs) == 1 {
		if r, ok := vs[0].(display.Renderer); ok {
			return display.BundleOf(r)
		}
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = formatValue(v)
	}
	return display.TextBundle(strings.Join(parts, ", "))
}

func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v)
	case error:
		return v.Error()
	case nil:
		return "<nil>"
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Func {
		return rv.Type().String()
	}
	return fmt.Sprintf("%v", v)
}

// A compound statement at the top of a cell (if, for, switch, a block)
// that declares a name the session already has - a global, a name the
// cell declares at its top, or one another compound statement declares -
// runs inside a function literal. yaegi evaluates a cell's statements in
// its global scope, where such an inner declaration overwrites the outer
// variable instead of shadowing it. The literal's call sits in a block:
// yaegi runs a bare top-level func(){...}() again at every later
// evaluation.
const (
	closureOpen  = "{ func() { "
	closureClose = " }() }"
)

// isLiteralCall reports a statement func(){...}(), which yaegi would run
// again at every later evaluation unless it sits in a block.
func isLiteralCall(st ast.Stmt) bool {
	e, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	_, lit := c.Fun.(*ast.FuncLit)
	return lit
}

// hoistDecls moves the declarations of a cell before its statements, as Go
// lets a package use a function declared further down - unless a
// declaration uses a variable a statement of the cell defines, which must
// then come first. Imports stay first; the moved declarations are put in
// dependency order (orderDecls).
func hoistDecls(pieces []piece) []piece {
	defined := map[string]bool{}
	for _, p := range pieces {
		for _, st := range p.stmts {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, n := range identNames(as.Lhs) {
					defined[n] = true
				}
			}
			if ds, ok := st.(*ast.DeclStmt); ok {
				for _, n := range declNames(ds.Decl) {
					defined[n] = true
				}
			}
		}
	}
	// A declaration that uses one which must wait for a statement waits
	// too.
	for grew := true; grew; {
		grew = false
		for _, p := range pieces {
			if p.kind == kindDecl && usesAny(p.refs, defined) {
				for _, n := range p.names {
					// A method waits under its own name too: code that
					// calls x.M() mentions only M.
					_, method, isMethod := strings.Cut(n, ".")
					for _, name := range []string{n, method} {
						if (name == n || isMethod) && !defined[name] {
							defined[name], grew = true, true
						}
					}
				}
			}
		}
	}
	var imports, decls, rest []piece
	for _, p := range pieces {
		switch {
		case p.kind == kindImport:
			imports = append(imports, p)
		case p.kind == kindDecl && !usesAny(p.refs, defined):
			decls = append(decls, p)
		default:
			rest = append(rest, p)
		}
	}
	return append(append(imports, orderDecls(decls)...), orderDeclRuns(rest)...)
}

// orderDeclRuns puts each run of consecutive declarations among a cell's
// statements in dependency order; the statements stay where they are.
func orderDeclRuns(pieces []piece) []piece {
	var out, run []piece
	for _, p := range pieces {
		if p.kind == kindDecl {
			run = append(run, p)
			continue
		}
		out = append(append(out, orderDecls(run)...), p)
		run = nil
	}
	return append(out, orderDecls(run)...)
}

func usesAny(refs, names map[string]bool) bool {
	for ref := range refs {
		if names[ref] {
			return true
		}
	}
	return false
}

// globals returns the session's global variables. yaegi's Globals panics
// on some states a failed cell leaves behind; then the names known so far
// are all there is.
func (s *Session) globals() (out map[string]reflect.Value) {
	defer func() {
		if r := recover(); r != nil && out == nil {
			out = map[string]reflect.Value{}
		}
	}()
	return s.yi.Globals()
}

// shadowableNames collects the names that an inner declaration of a cell
// must not overwrite.
func (s *Session) shadowableNames(pieces []piece) map[string]bool {
	names := map[string]bool{}
	for n := range s.globals() {
		names[n] = true
	}
	for _, p := range pieces {
		for _, st := range p.stmts {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					for _, n := range identNames(st.Lhs) {
						names[n] = true
					}
				}
			case *ast.DeclStmt:
				for _, n := range declNames(st.Decl) {
					names[n] = true
				}
			default:
				// Names two compound statements both declare collide too.
				for n := range innerDeclarations(st) {
					if names["\x00"+n] {
						names[n] = true
					}
					names["\x00"+n] = true
				}
			}
		}
	}
	return names
}

// declaresAny reports whether a compound statement declares, in a block
// of its own (not inside a function literal), one of names.
func declaresAny(st ast.Stmt, names map[string]bool) bool {
	switch st.(type) {
	case *ast.AssignStmt, *ast.DeclStmt, *ast.ExprStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt:
		return false
	}
	for n := range innerDeclarations(st) {
		if names[n] {
			return true
		}
	}
	return false
}

// definesSeveral reports a compound statement holding "a, b := ..." in a
// block of its own: yaegi fails on it at the top level ("undefined: a")
// but not inside a function.
func definesSeveral(st ast.Stmt) bool {
	if _, simple := st.(*ast.AssignStmt); simple {
		return false
	}
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			found = found || (n.Tok == token.DEFINE && len(n.Lhs) > 1)
		case *ast.ValueSpec:
			found = found || len(n.Names) > 1
		}
		return !found
	})
	return found
}

// innerDeclarations lists the names declared inside a statement, outside
// function literals (which yaegi scopes correctly).
func innerDeclarations(st ast.Stmt) map[string]bool {
	found := map[string]bool{}
	ast.Inspect(st, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, name := range identNames(n.Lhs) {
					found[name] = true
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, name := range identNames([]ast.Expr{n.Key, n.Value}) {
					found[name] = true
				}
			}
		case *ast.ValueSpec:
			for _, name := range n.Names {
				found[name.Name] = true
			}
		case *ast.TypeSwitchStmt:
			if as, ok := n.Assign.(*ast.AssignStmt); ok {
				for _, name := range identNames(as.Lhs) {
					found[name] = true
				}
			}
		}
		return true
	})
	return found
}

func stmtNodes(stmts []ast.Stmt) []ast.Node {
	nodes := make([]ast.Node, len(stmts))
	for i, st := range stmts {
		nodes[i] = st
	}
	return nodes
}
