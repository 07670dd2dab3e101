package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"sort"
	"strings"
)

// Input is a checked cell: its source as the user wrote it and the
// checker's syntax tree and types, whose positions map to the cell's lines
// and columns.
type Input struct {
	Src  string
	Fset *token.FileSet
	File *ast.File
	Info *types.Info
	Pkg  *types.Package
	// Body is the function the checker put the cell's top-level
	// statements in; nil for a whole program.
	Body *ast.FuncDecl
	// Session is the file of the earlier cells' declarations the checker
	// added (nil if none).
	Session *ast.File
	// Imports are the packages the session has imported, by local name:
	// lowered code may name them although the cell does not import them.
	Imports map[string]string
	// Reserved are the names the session's scope in yaegi holds for the
	// preloaded packages (display, mat, ...), which a cell that does not
	// import them may declare itself (reserved.go).
	Reserved map[string]bool
}

// Output is a lowered cell.
type Output struct {
	Src string
	// RunsMain is set when the cell declares func main: the lowered
	// source ends with its call, as go run would make it.
	RunsMain bool
}

// An Unsupported error names a construct the session cannot run the way
// Go does, and what to write instead.
type Unsupported struct {
	Line, Col int
	Construct string
	Instead   string
}

func (e *Unsupported) Error() string {
	return fmt.Sprintf("%s is not supported by gobackprop: %s", e.Construct, e.Instead)
}

// MainName is what a program's main function is called once lowered:
// yaegi runs a function named main at every later evaluation. It has the
// length of "main", so columns after it stay right.
const MainName = "_gbm"

// Cell lowers a checked cell.
func Cell(in Input) (Output, error) {
	c := &cell{Input: in, lineStarts: lineStarts(in.Src), wrappedStmts: map[*ast.FuncLit]bool{}, instancesMade: map[token.Pos]bool{}, registered: map[ast.Stmt]map[string]bool{}}
	c.lowerMain()
	c.dropUnsafeImport()
	if in.Body != nil {
		c.lowerBounds(in.Body.Body.List)
	}
	ast.Inspect(in.File, func(n ast.Node) bool {
		if n == nil {
			c.stack = c.stack[:len(c.stack)-1]
			return true
		}
		if c.err != nil {
			return false
		}
		// Only the cell's own code is lowered, not what the checker added.
		if !c.inCell(n.Pos()) {
			_, isFile := n.(*ast.File)
			isBody := c.Body != nil && (n == c.Body || n == c.Body.Body)
			if !isFile && !isBody {
				return false
			}
		} else {
			if c.binds > 0 && c.insideBound(n) {
				return false // evaluated as written (defer.go)
			}
			c.visiting = n
			c.visit(n)
		}
		c.stack = append(c.stack, n)
		return true
	})
	if c.err == nil {
		c.registerInstances()
	}
	if c.err != nil {
		return Output{}, c.err
	}
	out := Output{Src: c.apply(), RunsMain: c.runsMain}
	for _, r := range c.registrations {
		out.Src += "\n" + r
	}
	for _, h := range c.helpers {
		out.Src += "\n" + h
	}
	if len(c.inits) > 0 {
		out.Src += "\n" + strings.Join(c.inits, "; ")
	}
	if c.runsMain {
		out.Src += "\n" + MainName + "()"
	}
	return out, nil
}

// cell is the state of one lowering pass.
type cell struct {
	Input
	calleeNames map[*ast.CallExpr]string // calleeName's answers
	// visiting is the node being visited, not yet on the stack.
	visiting ast.Node
	// genericCycles: reachesGenericCycle's answers.
	genericCycles map[*types.Func]bool
	// lossyReflected: lossyStructReflected's answer, once worked out.
	lossyReflected *types.Type
	// reflectUsageOf: reflectUsages' answer, once worked out.
	reflectUsageOf map[types.Object]reflectUsage
	// madeByCall: calleeMadeInstances' answers.
	madeByCall map[*ast.CallExpr][]*types.Named
	lineStarts []int
	edits      []edit
	err        error
	runsMain   bool
	inits      []string   // calls of the cell's init functions, renamed (main.go)
	stack      []ast.Node // the nodes enclosing the one visited, outermost first
	names      int        // counter for the names lowerings introduce
	// wrappedStmts are literals whose whole statement a lowering made a
	// call of; lowerLoopClosure leaves them alone.
	wrappedStmts map[*ast.FuncLit]bool
	// boundsProved are index expressions a loop keeps in range.
	boundsProved map[*ast.IndexExpr]bool
	// boxers are the calls that box errors of the cell's types, by type
	// (values_errors.go).
	boxers map[boxerKey]string
	// typeParamRenames are the type parameters renamed in their
	// declarations (typeparamnames.go).
	typeParamRenames map[*types.TypeName]bool
	// selfTaken are the defer statements whose call lowerDeferArgs wrapped
	// with a take of its own panic (panicstate.go).
	selfTaken map[*ast.DeferStmt]bool
	// stdWitnessed are the calls of source packages' generic functions
	// given witnesses (stdsource.go), which lowerGenericCall leaves.
	stdWitnessed map[*ast.Ident]bool
	// instancesBefore are the instances made before each statement
	// (makeInstances), so that each is made once there.
	instancesBefore map[ast.Stmt]map[string]bool
	// twins caches twinStruct's answers (boxtwins.go).
	twins map[*types.Named]bool
	// deferLists are the functions that keep their deferred calls in a
	// list, and the list's name (deferlist.go).
	deferLists map[ast.Node]string
	// panicStates are the functions that keep the panic their deferred
	// calls see in a value of their own, and its name (panicstate.go).
	panicStates map[ast.Node]string
	// composites are the unnamed types of the cell's expressions built
	// from its struct types (values.go's cellComposites), once computed.
	composites []types.Type
	// promoting are the cell's unnamed struct types with promoted
	// methods (values_candidates.go's promotingStructs), once computed.
	promoting []types.Type
	// instances are the instances of the session's generic types the
	// cell's expressions have (values_candidates.go), once computed.
	instances []*types.Named
	// locals are the struct types declared inside the session's
	// functions (localtypes.go), once computed.
	locals []*types.Named
	// hoists are expressions moved, lowered, to before their statement
	// (hoist.go).
	hoists []hoist
	// copies are texts put at a second place, lowered (hoist.go).
	copies []textCopy
	// argsOrdered are the calls whose arguments readAfterCalls put in
	// gc's order (argorder.go).
	argsOrdered map[*ast.CallExpr]bool
	// aliasesMade are the package-level aliases of instances the cell
	// declares (instancearg.go).
	aliasesMade map[string]bool
	// instancesMade are the places before which the instances a
	// resolver names are made (values_table.go).
	instancesMade map[token.Pos]bool
	// registered are the instances registered before a statement
	// (localtypes.go).
	registered map[ast.Stmt]map[string]bool
	// localNames are the names yaegi knows the types declared in the
	// cell's functions by (localnames.go), once computed.
	localNames map[*types.TypeName]string
	// boxedExprs are the expressions boxNamed boxed.
	boxedExprs map[ast.Expr]bool
	// binds counts the expressions of deferred and go calls replaced by
	// the names of their bound values (defer.go).
	binds int
	// hoistedCalls are the package variables of callbacks declared
	// (values_hoisted.go).
	hoistedCalls map[string]bool
	// registrations are statements that go at the end of the cell, before
	// its init functions and main run (values_hoisted.go).
	registrations []string
	// helpers are the package-level functions lowerings declare at the
	// cell's end (helperFunc), and their names by their text.
	helpers     []string
	helperNames map[string]string
	// boxes are the loop variables each iteration keeps in a variable of
	// its own (loopbox.go).
	boxes map[*types.Var]loopBox
	// hoisted are the local types declared at package level instead
	// (localhoist.go).
	hoisted map[*types.TypeName]hoistedType
}

// helperFunc declares the function literal lit as a function of the
// package, named by its text (two uses in a cell declare one; a later
// cell's identical text redeclares it as it was), and returns its name.
// yaegi calls a literal through reflect, several times slower than a
// function of the package: lit is for code that runs at every use of a
// common operation (ifacekeys.go).
//
// A literal that names a type declared in a function, or a literal
// (helperFunc's own answer for one), stays a literal.
func (c *cell) helperFunc(lit string, local bool) string {
	if local {
		return lit
	}
	if name, ok := c.helperNames[lit]; ok {
		return name
	}
	h := fnv.New64a()
	h.Write([]byte(lit))
	name := fmt.Sprintf("_gbpH%x", h.Sum64())
	if c.helperNames == nil {
		c.helperNames = map[string]string{}
	}
	c.helperNames[lit] = name
	c.helpers = append(c.helpers, "func "+name+strings.TrimPrefix(lit, "func"))
	return name
}

// newName returns a fresh name for a lowering's variable.
func (c *cell) newName(base string) string {
	c.names++
	return fmt.Sprintf("_gbp%s%d", base, c.names)
}

// insert records text to go in at p.
func (c *cell) insert(p token.Pos, text string) { c.replace(p, p, text) }

// insertFirst records text to go in at p before every other insertion
// there.
func (c *cell) insertFirst(p token.Pos, text string) {
	if start := c.offset(p); start >= 0 {
		c.edits = append(c.edits, edit{start: start, end: start, text: text, first: true})
	}
}

// insertLast records text to go in at p after every other insertion
// there.
func (c *cell) insertLast(p token.Pos, text string) {
	if start := c.offset(p); start >= 0 {
		c.edits = append(c.edits, edit{start: start, end: start, text: text, last: true})
	}
}

// insertFinal records text to go in at p after every other insertion
// there, those of insertLast too.
func (c *cell) insertFinal(p token.Pos, text string) {
	if start := c.offset(p); start >= 0 {
		c.edits = append(c.edits, edit{start: start, end: start, text: text, final: true})
	}
}

// typeString writes t as the cell can spell it: the session's own types
// by name, others qualified by the name the cell imports them under. It
// reports false when the cell cannot name the type.
func (c *cell) typeString(t types.Type) (string, bool) {
	ok := true
	names := map[string]string{}
	for name, path := range c.Imports {
		if name != "_" && name != "." {
			names[path] = name
		}
	}
	for _, im := range c.File.Imports {
		path := strings.Trim(im.Path.Value, "\"`")
		name := path[strings.LastIndexByte(path, '/')+1:]
		if im.Name != nil {
			name = im.Name.Name
		} else if obj, found := c.Info.Implicits[im]; found {
			name = obj.Name()
		}
		names[path] = name
	}
	s := types.TypeString(respell(t, c.pointedInstance, c.spelledLocal), func(p *types.Package) string {
		if p == c.Pkg {
			return ""
		}
		n, found := names[p.Path()]
		if !found || n == "_" || n == "." {
			ok = false
		}
		return n
	})
	return s, ok
}

type edit struct {
	start, end int
	text       string
	// last: inserted after every other insertion at its place - text
	// that follows a whole statement, after what lowerings of the
	// statement's parts (visited later) close there.
	last bool
	// first: inserted before every other insertion at its place - a
	// statement put before the statement there, ahead of what wraps the
	// statement's expression.
	first bool
	// final: inserted after every other insertion at its place, those
	// marked last too - a statement's closing text at the end of its last
	// value, which lowerings of the value close first.
	final bool
	// bound: an expression replaced by the name of a variable holding its
	// value (defer.go), which lowerings of the place may wrap.
	bound bool
}

func lineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// inCell reports whether a position is in the cell's source (and not in
// what the checker wrote around it).
func (c *cell) inCell(p token.Pos) bool {
	// Earlier cells' declarations, which the checker keeps, carry
	// positions in "cell" too, but in files of their own.
	return p.IsValid() && c.File.FileStart <= p && p <= c.File.FileEnd && c.Fset.Position(p).Filename == "cell"
}

// offset returns the byte offset in the cell of a checker position, or -1.
func (c *cell) offset(p token.Pos) int {
	pos := c.Fset.Position(p)
	if pos.Filename != "cell" || pos.Line < 1 || pos.Line > len(c.lineStarts) {
		return -1
	}
	return c.lineStarts[pos.Line-1] + pos.Column - 1
}

// replace records that the source of [from, to) becomes text.
func (c *cell) replace(from, to token.Pos, text string) {
	start, end := c.offset(from), c.offset(to)
	if start < 0 || end < start {
		return
	}
	c.edits = append(c.edits, edit{start: start, end: end, text: text})
}

// rewrittenWithin reports whether another lowering already replaced text
// between from and to (insertions around it compose with new edits;
// a replacement would drop them).
func (c *cell) rewrittenWithin(from, to token.Pos) bool {
	start, end := c.offset(from), c.offset(to)
	for _, e := range c.edits {
		if e.start < end && e.end > start && e.end > e.start {
			return true
		}
	}
	return false
}

// text returns the cell's source of a node, with the names of the cell's
// own objects that a preloaded package has renamed (reserved.go) and the
// loop variables kept in boxes (loopbox.go), as everywhere else.
func (c *cell) text(n ast.Node) string {
	start, end := c.offset(n.Pos()), c.offset(n.End())
	if start < 0 || end < start || end > len(c.Src) {
		return ""
	}
	if len(c.Reserved) == 0 && len(c.collidingTypeParams()) == 0 && len(c.boxes) == 0 {
		return c.Src[start:end]
	}
	var renames []edit
	ast.Inspect(n, func(x ast.Node) bool {
		id, ok := x.(*ast.Ident)
		if !ok {
			return true
		}
		o := c.offset(id.Pos())
		if b, boxed := c.boxOf(id); boxed && o >= start {
			renames = append(renames, edit{start: o, end: o + len(id.Name), text: "(*" + b.name + ")"})
		} else if c.renamedReserved(id) && o >= start {
			renames = append(renames, edit{start: o, end: o + len(id.Name), text: reservedName(id.Name)})
		}
		return true
	})
	return applyEdits(c.Src[start:end], start, renames)
}

// fail stops the pass with an Unsupported error at n.
func (c *cell) fail(n ast.Node, construct, instead string) {
	if c.err == nil {
		p := c.Fset.Position(n.Pos())
		c.err = &Unsupported{Line: p.Line, Col: p.Column, Construct: construct, Instead: instead}
	}
}

// apply returns the source with the edits made; of overlapping edits the
// outer one, recorded first, wins.
func (c *cell) apply() string {
	c.sortEdits()
	c.applyCopies()
	c.applyHoists()
	return applyEdits(c.Src, 0, c.edits)
}

// sortEdits orders the edits by place; at one place insertions go before
// replacements, so that both stay, and those to go last after them.
func (c *cell) sortEdits() {
	sort.SliceStable(c.edits, func(i, j int) bool {
		a, b := c.edits[i], c.edits[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if ai, bi := a.end == a.start, b.end == b.start; ai != bi {
			return ai // an insertion, last or not, before a replacement
		}
		if a.first != b.first {
			return a.first
		}
		if a.final != b.final {
			return !a.final
		}
		if a.last != b.last {
			return !a.last
		}
		return a.end-a.start < b.end-b.start
	})
}

// applyEdits returns src, which starts at offset base of the cell, with
// the edits made; they are sorted, and of overlapping ones the first
// wins.
func applyEdits(src string, base int, edits []edit) string {
	var b strings.Builder
	last := base
	for _, e := range edits {
		if e.start < last {
			continue
		}
		b.WriteString(src[last-base : e.start-base])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(src[last-base:])
	return b.String()
}

func identExprs(ids []*ast.Ident) []ast.Expr {
	out := make([]ast.Expr, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
