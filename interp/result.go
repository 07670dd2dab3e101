package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"reflect"
	"strconv"
	"strings"

	"github.com/gobackprop/gobackprop/display"
)

// A cell's result: its trailing expression, shown as Jupyter shows a
// value.

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
