package grade

import (
	"fmt"
	"go/scanner"
	"go/token"
	"go/types"
)

// A student cell can change what the checks after it rely on without
// touching them: `func panic(v any) {}` makes every failing check's panic
// do nothing (07-svm scored 11/11 with every stub left in place), and
// runtime.Goexit in the student's function ends the check's statement
// without an error. Such a cell is a finding, and no check after it
// counts: its points are lost and its message says why.

// tamper records the first such cell of the merged notebook (the cell
// about to be appended).
func (p *merged) tamper(src, cellID, gradeID string) {
	var why string
	names := declared(src)
	for _, name := range names {
		if types.Universe.Lookup(name) != nil {
			why = fmt.Sprintf("cell %s redeclares the predeclared identifier %s, which the checks use", cellID, name)
			p.findings = append(p.findings, Finding{Kind: Redeclared, Cell: cellID, GradeID: gradeID, Message: why + ": no check after it counts"})
			break
		}
	}
	if why == "" && callsGoexit(src) {
		why = fmt.Sprintf("cell %s calls runtime.Goexit, which ends a check without an error", cellID)
		p.findings = append(p.findings, Finding{Kind: Tampered, Cell: cellID, GradeID: gradeID, Message: why + ": no check after it counts"})
	}
	if why != "" && p.tampered < 0 {
		p.tampered, p.tamperWhy = len(p.nb.Cells), why
	}
}

// discount fails a passed check that comes after a tampering cell, or
// after a cell that redeclares or assigns a name the check depends on
// (owned.go).
func (p *merged) discount(i int, t *Test) {
	if t.Status != Passed {
		return
	}
	if p.tampered >= 0 && i > p.tampered {
		t.Status, t.Message = Failed, "not counted: "+p.tamperWhy
		return
	}
	for _, tc := range p.touches {
		if i > tc.at && p.dependsOn(i, tc) {
			t.Status, t.Message = Failed, "not counted: "+tc.why
			return
		}
	}
}

// topLevelDefines lists the names a cell defines with := outside any
// block (x := ..., a, b := ...): at a cell's top level they are the
// session's globals too.
func topLevelDefines(src string) []string {
	return topLevelTargets(src, func(tok token.Token) bool { return tok == token.DEFINE })
}

// topLevelAssigns lists the names a cell assigns outside any block (x =
// ..., x += ..., x++).
func topLevelAssigns(src string) []string {
	return topLevelTargets(src, func(tok token.Token) bool {
		return tok == token.ASSIGN || tok == token.INC || tok == token.DEC ||
			tok >= token.ADD_ASSIGN && tok <= token.AND_NOT_ASSIGN
	})
}

// topLevelTargets lists the identifiers, outside any block, that start a
// statement and are followed (alone or in a list) by a token op accepts.
func topLevelTargets(src string, op func(token.Token) bool) []string {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var sc scanner.Scanner
	sc.Init(file, []byte(src), func(token.Position, string) {}, 0)
	var names, run []string
	depth, start := 0, true
	for {
		_, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return names
		case tok == token.LBRACE || tok == token.LPAREN || tok == token.LBRACK:
			depth++
		case tok == token.RBRACE || tok == token.RPAREN || tok == token.RBRACK:
			depth--
		case depth == 0 && tok == token.IDENT && (start || len(run) > 0):
			run = append(run, lit)
			start = false
			continue
		case depth == 0 && tok == token.COMMA && len(run) > 0:
			continue
		case depth == 0 && op(tok) && len(run) > 0:
			names = append(names, run...)
		}
		run = run[:0]
		start = tok == token.SEMICOLON || tok == token.LBRACE || tok == token.RBRACE
	}
}

// callsGoexit reports a selector .Goexit (runtime.Goexit, under any
// name the cell gives the package).
func callsGoexit(src string) bool {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var sc scanner.Scanner
	sc.Init(file, []byte(src), func(token.Position, string) {}, 0)
	prev := token.ILLEGAL
	for {
		_, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return false
		case tok == token.IDENT && lit == "Goexit" && prev == token.PERIOD:
			return true
		}
		prev = tok
	}
}
