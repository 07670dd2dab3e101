package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The Go compiler (cmd/compile, with types2 over its own syntax trees)
// words a few errors differently from go/types and places some at another
// column. The user compares with `go build`, so the session reports what
// the compiler would: the message and the column.

// compilerWording maps go/types' wording to the compiler's.
var compilerWording = []struct{ from, to string }{
	{"break not in for, switch, or select statement", "break is not in a loop, switch, or select"},
	{"continue not in for statement", "continue is not in a loop"},
	{" declared and not used", " defined and not used"}, // labels; variables are "declared and not used: x"
}

// compilerMessage rewrites a go/types message as the compiler words it.
// A position in a message names a line of a cell, not a file.
func compilerMessage(msg string) string {
	msg = strings.ReplaceAll(msg, "(declared at "+cellFilename+":", "(declared at line ")
	for _, w := range compilerWording {
		if w.from == " declared and not used" && !strings.HasPrefix(msg, "label ") {
			continue
		}
		msg = strings.Replace(msg, w.from, w.to, 1)
	}
	return msg
}

// compilerPos moves an error to where the compiler reports it: types2
// places a call's errors at its opening parenthesis, a missing argument
// at the last argument given, and a send at the channel.
func compilerPos(file *ast.File, te types.Error) token.Pos {
	pos := te.Pos
	first, _, _ := strings.Cut(te.Msg, "\n")
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return n == nil || n.Pos() <= pos // descend only where pos can be
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			switch {
			case strings.HasPrefix(first, "not enough arguments in call") && pos == n.Rparen:
				if len(n.Args) > 0 {
					pos = n.Args[len(n.Args)-1].Pos()
				}
			case n.Pos() == te.Pos && (strings.Contains(first, "cannot infer ") || strings.Contains(first, " does not satisfy ")):
				pos = n.Lparen
			}
		case *ast.SendStmt:
			if strings.Contains(first, "cannot send to") {
				pos = n.Pos()
			}
		}
		return true
	})
	return pos
}
