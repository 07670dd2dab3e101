package interp

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/interp/lower"
	"github.com/gobackprop/gobackprop/interp/stdsrc"
	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// The check stage: before anything of a cell runs, it is type-checked by
// go/types against the session's declarations (interp/typecheck). A cell
// Go would reject runs nothing and gets Go's own messages at the cell's
// lines and columns.

// newChecker returns the type checker of a session importing from the same
// symbol tables as its interpreter.
func newChecker(unsafeConstants bool, tables ...typecheck.Tables) *typecheck.Session {
	im := typecheck.NewImporter(tables...)
	if unsafeConstants {
		im.AllowUnsafeConstants()
	}
	// The checker sees the generic standard packages yaegi runs (see
	// stdsrc.Load in reset).
	for _, p := range stdsrc.Packages {
		if err := im.AddSource(p.Path, map[string]string{p.Path + ".go": p.File}); err != nil {
			panic(err) // the embedded sources are checked by stdsrc's tests
		}
	}
	return typecheck.NewSession(im, preloadedByName())
}

// preloadedByName maps the local names of the preloaded imports to their
// paths; the runtime helpers are not the user's.
func preloadedByName() map[string]string {
	out := map[string]string{}
	for _, spec := range preloaded {
		name, quoted, named := strings.Cut(spec, " ")
		if !named {
			quoted = name
		}
		path, err := strconv.Unquote(quoted)
		if err != nil || path == runtimePath {
			continue
		}
		if !named {
			name = path[strings.LastIndexByte(path, '/')+1:]
		}
		out[name] = path
	}
	return out
}

// checkCell type-checks a cell. It returns the checker's result, to commit
// once the cell has run, and a compile error when Go rejects the cell.
func (s *Session) checkCell(code string) (*typecheck.Result, error) {
	c, err := checkerCell(code)
	if err != nil {
		return nil, nil // the splitter reports syntax errors
	}
	r, err := s.checker.Check(c)
	if err != nil {
		if c.Program != "" {
			return nil, compilerSyntaxError(code, syntaxError(err, 1, 1, 0))
		}
		return nil, nil // the splitter reports syntax errors
	}
	if len(r.Errors) == 0 && s.opts.Restricted {
		r.Errors = unsafeUses(r)
	}
	if len(r.Errors) == 0 {
		s.slots.checked(s.cells, r)
		return r, nil
	}
	return r, compileErrors(code, r.Errors)
}

// checkerCell cuts a cell into the checker's fragments, as written: a cell
// that starts with a package clause is a whole program.
func checkerCell(code string) (typecheck.Cell, error) {
	items, err := topLevel(code)
	if err != nil {
		return typecheck.Cell{}, err
	}
	if len(items) > 0 && items[0].tok == token.PACKAGE {
		return typecheck.Cell{Program: code}, nil
	}
	var c typecheck.Cell
	for _, it := range items {
		line, col := position(code, it.start)
		fr := typecheck.Fragment{Kind: typecheck.Stmt, Src: code[it.start:it.end], Line: line, Col: col}
		switch {
		case it.tok == token.IMPORT:
			fr.Kind = typecheck.Import
		case startsDecl(code, it):
			fr.Kind = typecheck.Decl
		}
		c.Fragments = append(c.Fragments, fr)
	}
	return c, nil
}

// compileErrors reports Go's errors for a cell: the first is the error's
// value, and the traceback lists each with its line.
func compileErrors(code string, errs []typecheck.Error) error {
	e := &Error{ename: "CompileError", compile: true, msg: errs[0].Msg, Line: errs[0].Line, Col: errs[0].Col}
	for _, ce := range errs {
		e.trace = append(e.trace,
			red("CompileError")+": "+ce.Msg,
			fmt.Sprintf("  at cell line %d, column %d", ce.Line, ce.Col))
		if l := sourceLine(code, ce.Line); l != "" {
			e.trace = append(e.trace, "    "+l)
		}
	}
	return e
}

// reservedNames are the local names of the preloaded imports.
var reservedNames = func() map[string]bool {
	names := map[string]bool{}
	for name := range preloadedByName() {
		names[name] = true
	}
	return names
}()

// lowerCell rewrites a checked cell into Go that yaegi runs right
// (interp/lower).
func (s *Session) lowerCell(code string, r *typecheck.Result) (string, error) {
	out, err := lower.Cell(lower.Input{Src: code, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Body: r.Body, Session: r.Session, Imports: r.SessionImports, Reserved: reservedNames})
	var u *lower.Unsupported
	if errors.As(err, &u) {
		return "", &Error{ename: "CompileError", compile: true, msg: u.Error(), Line: u.Line, Col: u.Col,
			trace: []string{red("CompileError") + ": " + u.Error(), fmt.Sprintf("  at cell line %d, column %d", u.Line, u.Col)}}
	}
	if os.Getenv("GBP_SHOW_LOWERED") != "" {
		fmt.Fprintln(os.Stderr, "----\n"+out.Src)
	}
	return out.Src, err
}

// compilerSyntaxError places a syntax error where the compiler does when
// go/parser places it elsewhere: a defer or go of a non-call at the
// expression, not after it.
func compilerSyntaxError(code string, err error) error {
	se, ok := err.(*SyntaxError)
	if !ok || !strings.HasPrefix(se.Msg, "expression in ") || !strings.HasSuffix(se.Msg, " must be function call") {
		return err
	}
	keyword := strings.Fields(se.Msg)[2] // defer or go
	line := strings.Split(code, "\n")[se.Line-1]
	if i := strings.Index(line, keyword+" "); i >= 0 {
		rest := line[i+len(keyword):]
		se.Col = i + len(keyword) + len(rest) - len(strings.TrimLeft(rest, " \t")) + 1
	}
	return se
}

// specialize checks the cell again with copies of the generic functions
// whose calls need them (lower.Specialize), until no call does; it keeps
// the cell as it was when a copy does not check.
func (s *Session) specialize(code string, r *typecheck.Result) (string, *typecheck.Result) {
	for round := 0; round < 8; round++ {
		in := lower.Input{Src: code, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Body: r.Body, Session: r.Session, Imports: r.SessionImports, Reserved: reservedNames}
		next, made := lower.Expand(in, s.specialized)
		if next == "" {
			break
		}
		nr, err := s.checkCell(next)
		if err != nil || nr == nil {
			break
		}
		code, r = next, nr
		for _, sp := range made {
			if !slices.ContainsFunc(s.specialized, func(o lower.Specialization) bool {
				return o.Func == sp.Func && slices.Equal(o.Args, sp.Args) && o.Witnesses == sp.Witnesses
			}) {
				s.specialized = append(s.specialized, sp)
			}
		}
	}
	return code, r
}
