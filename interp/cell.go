package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

// kind says how a piece of a cell is evaluated.
type kind int

const (
	kindImport kind = iota // import declarations, de-duplicated
	kindDecl               // func, method, type, const, var: evaluated as a file
	kindStmts              // statements: evaluated as a function body
	kindExpr               // the cell's trailing expression, whose value is shown
)

// piece is a run of a cell's source evaluated in one go.
type piece struct {
	kind kind
	src  string
	line int // 1-based line of the cell where src starts
	col  int // 1-based column of the cell where src starts

	decl    ast.Decl   // kindDecl
	names   []string   // what a kindDecl declares
	imports []string   // kindImport: import specs as written (path, or name + path)
	expr    ast.Expr   // kindExpr
	stmts   []ast.Stmt // kindStmts
	fset    *token.FileSet
	doc     string          // kindDecl: the // comment lines right above it
	refs    map[string]bool // kindDecl: the identifiers the declaration mentions
	calls   map[string]bool // the names it selects (x.M), for placeWaiting
	// fromVar marks the statements a var declaration became
	// (varAsStatements): placeWaiting orders them by what they read, as
	// Go orders a package's variables.
	fromVar bool
	// group, when set, holds declarations of the cell that use each other,
	// evaluated together (see orderDecls); the piece is the first of them.
	group []piece
}

// varAsStatements rewrites a var declaration with initial values as
// statements: "var b = a" as "b := a", "var l T = v" as "var l T; l = v".
// yaegi fails on a var declaration whose value uses a variable an earlier
// statement defined ("variable definition loop"), and converting an
// interpreted value to a compiled interface type in an initializer panics;
// the statement forms work.
func varAsStatements(p piece) (string, bool) {
	g, ok := p.decl.(*ast.GenDecl)
	if !ok || g.Tok != token.VAR {
		return "", false
	}
	text := func(n ast.Node) string {
		return p.src[p.fset.Position(n.Pos()).Offset-len(fileHeader) : p.fset.Position(n.End()).Offset-len(fileHeader)]
	}
	span := func(values []ast.Expr) string { // the values as written, commas included
		return p.src[p.fset.Position(values[0].Pos()).Offset-len(fileHeader) : p.fset.Position(values[len(values)-1].End()).Offset-len(fileHeader)]
	}
	var stmts []string
	withValues := false
	for _, sp := range g.Specs {
		vs := sp.(*ast.ValueSpec)
		names := make([]string, len(vs.Names))
		for i, n := range vs.Names {
			names[i] = n.Name
		}
		lhs := strings.Join(names, ", ")
		switch {
		case len(vs.Values) == 0:
			stmts = append(stmts, "var "+lhs+" "+text(vs.Type))
		case vs.Type == nil:
			withValues = true
			stmts = append(stmts, lhs+" := "+span(vs.Values))
		default:
			withValues = true
			stmts = append(stmts, "var "+lhs+" "+text(vs.Type)+"; "+lhs+" = "+span(vs.Values))
		}
	}
	if !withValues {
		return "", false
	}
	return strings.Join(stmts, "; "), true
}

// docAbove returns the text of the // comment lines that end right above
// offset, the way go/doc reads a declaration's doc comment.
func docAbove(cell string, offset int) string {
	lines := strings.Split(cell[:offset], "\n")
	if len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	var doc []string
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(l, "//") {
			break
		}
		doc = append([]string{strings.TrimSpace(strings.TrimPrefix(l, "//"))}, doc...)
	}
	return strings.Join(doc, "\n")
}

// wrappers used to parse a piece with go/parser; their first line is not
// the user's, hence the line shift when positions are reported.
const (
	fileHeader = "package main\n"
	bodyHeader = "package main\nfunc _() {\n"
)

// split cuts a cell into pieces in source order: imports, each top-level
// declaration on its own (so that it can be re-evaluated when something it
// uses is redefined), runs of statements, and a trailing expression. It
// returns a syntax error in cell coordinates.
func split(cell string) ([]piece, error) {
	items, err := topLevel(cell)
	if err != nil {
		return nil, err
	}
	var out []piece
	for i := 0; i < len(items); i++ {
		it := items[i]
		src := cell[it.start:it.end]
		line, col := position(cell, it.start)
		switch it.tok {
		case token.IMPORT, token.TYPE, token.CONST, token.VAR, token.FUNC:
			if it.tok != token.FUNC || isFuncDecl(src) {
				p, err := parseDecl(src, line, col)
				if err != nil {
					return nil, err
				}
				if stmt, ok := varAsStatements(p); ok {
					ps, err := parseStmts(stmt, line, col)
					if err != nil {
						return nil, err
					}
					for k := range ps {
						ps[k].fromVar = true
					}
					out = append(out, ps...)
					continue
				}
				p.doc = docAbove(cell, it.start)
				out = append(out, p)
				continue
			}
		}
		// A run of statements up to the next declaration.
		j := i
		for j+1 < len(items) && !startsDecl(cell, items[j+1]) {
			j++
		}
		stmtSrc := cell[it.start:items[j].end]
		p, err := parseStmts(stmtSrc, line, col)
		if err != nil {
			return nil, err
		}
		out = append(out, p...)
		i = j
	}
	return out, nil
}

type item struct {
	tok        token.Token
	start, end int
}

// topLevel scans the cell and returns its top-level statements: each ends
// at a semicolon (written or inserted by the scanner) outside brackets.
func topLevel(cell string) ([]item, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(cell))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(cell), func(pos token.Position, msg string) { errs.Add(pos, msg) }, 0)
	var items []item
	depth := 0
	cur := item{start: -1}
	// header: in the header of a top-level for, if, switch or select,
	// whose semicolons (for i := 0; ; i++) do not end the statement.
	header := false
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		if cur.start < 0 {
			if tok == token.SEMICOLON {
				continue
			}
			cur = item{tok: tok, start: off}
		}
		switch tok {
		case token.FOR, token.IF, token.SWITCH, token.SELECT:
			header = header || depth == 0
		case token.SEMICOLON:
			if header && depth == 0 {
				cur.end = off + 1
				continue
			}
		}
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			if tok == token.LBRACE && depth == 0 {
				header = false
			}
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
			if depth < 0 {
				p := fset.Position(pos)
				return nil, &SyntaxError{Line: p.Line, Col: p.Column, Msg: "unexpected " + tok.String() + ": nothing to close"}
			}
		case token.SEMICOLON:
			if depth == 0 {
				end := off
				if lit == ";" {
					end = off + 1
				}
				cur.end = end
				items = append(items, cur)
				cur = item{start: -1}
				continue
			}
		}
		cur.end = min(off+len(tokenText(tok, lit)), len(cell))
	}
	if errs.Len() > 0 {
		errs.Sort()
		return nil, &SyntaxError{Line: errs[0].Pos.Line, Col: errs[0].Pos.Column, Msg: errs[0].Msg}
	}
	if cur.start >= 0 {
		items = append(items, cur)
	}
	return items, nil
}

func tokenText(tok token.Token, lit string) string {
	if lit != "" {
		return lit
	}
	return tok.String()
}

func startsDecl(cell string, it item) bool {
	switch it.tok {
	case token.IMPORT, token.TYPE, token.CONST, token.VAR:
		return true
	case token.FUNC:
		return isFuncDecl(cell[it.start:it.end])
	}
	return false
}

// isFuncDecl tells a function or method declaration from a statement that
// starts with a function literal (func() { ... }()).
func isFuncDecl(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", fileHeader+src, parser.SkipObjectResolution)
	return err == nil && len(f.Decls) == 1
}

// position returns the 1-based line and column of a byte offset.
func position(s string, off int) (line, col int) {
	line = 1 + strings.Count(s[:off], "\n")
	col = off - strings.LastIndexByte(s[:off], '\n')
	return line, col
}

func parseDecl(src string, line, col int) (piece, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", fileHeader+src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return piece{}, syntaxError(err, line, col, 1)
	}
	if len(f.Imports) > 0 {
		p := piece{kind: kindImport, src: src, line: line, col: col}
		for _, im := range f.Imports {
			spec := im.Path.Value
			if im.Name != nil {
				spec = im.Name.Name + " " + spec
			}
			p.imports = append(p.imports, spec)
		}
		return p, nil
	}
	p := piece{kind: kindDecl, src: src, line: line, col: col, fset: fset}
	if len(f.Decls) > 0 {
		p.decl = f.Decls[0]
		p.names = declNames(p.decl)
		p.refs = referenced(p.decl)
	}
	return p, nil
}

// parseStmts parses a run of statements into one piece per statement:
// yaegi reports a runtime panic at the start of the code it was given, so
// statements evaluated one at a time give a panic its line. A trailing
// expression becomes a kindExpr piece, so that its value can be shown.
func parseStmts(src string, line, col int) ([]piece, error) {
	fset := token.NewFileSet()
	// The statements start on line 3 of the wrapper; pad the first line so
	// that columns match the cell's.
	pad := strings.Repeat(" ", col-1)
	f, err := parser.ParseFile(fset, "", bodyHeader+pad+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return nil, syntaxError(err, line, 1, 2)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) == 0 {
		return nil, nil
	}
	file := fset.File(f.Pos())
	base := len(bodyHeader) + len(pad) // offset of src in the wrapper
	// A goto and the label it jumps to, among the statements, are
	// evaluated in one piece with the statements between them (one at a
	// time, the label was undefined where the goto was).
	together := gotoSpans(body)
	var out []piece
	for i, st := range body {
		if _, empty := st.(*ast.EmptyStmt); empty {
			continue
		}
		off, end := file.Offset(st.Pos())-base, file.Offset(st.End())-base
		l, c := position(src, off)
		if l == 1 {
			c += col - 1
		}
		if together[i] && i > 0 && together[i-1] && len(out) > 0 {
			// Joined to the piece before, with the text between them.
			prev := &out[len(out)-1]
			prevOff := file.Offset(prev.stmts[0].Pos()) - base
			prev.src = src[prevOff:end]
			prev.stmts = append(prev.stmts, st)
			continue
		}
		p := piece{kind: kindStmts, src: src[off:end], line: line + l - 1, col: c, stmts: []ast.Stmt{st}, fset: fset}
		if e, ok := st.(*ast.ExprStmt); ok && i == len(body)-1 && !together[i] {
			p.kind, p.expr, p.stmts = kindExpr, e.X, nil
		}
		out = append(out, p)
	}
	return out, nil
}

// gotoSpans marks the statements from each top-level label that a goto
// among the statements (outside function literals) jumps to, to that
// goto's statement, and those between.
func gotoSpans(body []ast.Stmt) []bool {
	labels := map[string]int{}
	for i, st := range body {
		if l, ok := st.(*ast.LabeledStmt); ok {
			labels[l.Label.Name] = i
		}
	}
	together := make([]bool, len(body))
	if len(labels) == 0 {
		return together
	}
	for i, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if j, ok := labels[labelName(n)]; ok && n.Tok == token.GOTO {
					for k := min(i, j); k <= max(i, j); k++ {
						together[k] = true
					}
				}
			}
			return true
		})
	}
	return together
}

func labelName(b *ast.BranchStmt) string {
	if b.Label == nil {
		return ""
	}
	return b.Label.Name
}

// declNames lists the top-level names a declaration introduces; a method
// is named Type.Method.
func declNames(d ast.Decl) []string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			return []string{receiverType(d.Recv.List[0].Type) + "." + d.Name.Name}
		}
		return []string{d.Name.Name}
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if n.Name != "_" {
						// (var _ Shape = Sq{} in two cells is no
						// redefinition: no one can use _.)
						names = append(names, n.Name)
					}
				}
			}
		}
		return names
	}
	return nil
}

func receiverType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverType(e.X)
	case *ast.IndexExpr:
		return receiverType(e.X)
	case *ast.IndexListExpr:
		return receiverType(e.X)
	case *ast.Ident:
		return e.Name
	}
	return "?"
}

// SyntaxError is a cell that does not parse, in cell coordinates.
type SyntaxError struct {
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string { return e.Msg }

// Name returns the Jupyter error name.
func (e *SyntaxError) Name() string { return "SyntaxError" }

// Traceback points at the place in the cell.
func (e *SyntaxError) Traceback() []string {
	return []string{red("SyntaxError") + ": " + e.Msg, fmt.Sprintf("  at cell line %d, column %d", e.Line, e.Col)}
}

// syntaxError maps a go/parser error from a wrapper whose first
// headerLines lines are not the user's.
func syntaxError(err error, line, col, headerLines int) error {
	list, ok := err.(scanner.ErrorList)
	if !ok || len(list) == 0 {
		return &SyntaxError{Line: line, Col: col, Msg: err.Error()}
	}
	p := list[0].Pos
	l := p.Line - headerLines
	c := p.Column
	if l == 1 && headerLines == 1 {
		c += col - 1
	}
	return &SyntaxError{Line: line + l - 1, Col: c, Msg: list[0].Msg}
}

// Declarations returns the top-level names a cell declares - functions,
// methods as Type.Method, types, constants and variables - in source
// order. A cell that does not scan declares nothing; a declaration that
// does not parse is skipped. The grader uses it to see a submission
// redeclare a locked helper.
func Declarations(cell string) []string {
	items, err := topLevel(cell)
	if err != nil {
		return nil
	}
	var names []string
	for _, it := range items {
		if !startsDecl(cell, it) || it.tok == token.IMPORT {
			continue
		}
		line, col := position(cell, it.start)
		p, err := parseDecl(cell[it.start:it.end], line, col)
		if err != nil || p.decl == nil {
			continue
		}
		for _, n := range p.names {
			if n != "_" {
				names = append(names, n)
			}
		}
	}
	return names
}
