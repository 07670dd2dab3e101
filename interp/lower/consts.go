package lower

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// lowerConstSpec writes out a constant specification that uses iota, an
// implicit repetition of the previous expression, or the blank name,
// with each constant's value as the checker computed it. yaegi failed on
// typed implicit repetitions (KB ByteSize = 1 << (10 * iota), then MB:
// "constant definition loop") and on blank names ("cannot use _ as
// value"):
//
//	const ( KB ByteSize = 1 << (10 * iota); MB )   becomes
//	const ( KB ByteSize = 1; MB ByteSize = 1024 )
func (c *cell) lowerConstSpec(g *ast.GenDecl) {
	if g.Tok != token.CONST {
		return
	}
	for _, spec := range g.Specs {
		vs := spec.(*ast.ValueSpec)
		if !c.needsExplicitConst(vs) {
			continue
		}
		var parts []string
		for _, id := range vs.Names {
			if id.Name == "_" {
				continue
			}
			k, ok := c.Info.Defs[id].(*types.Const)
			if !ok {
				return
			}
			text, ok := c.constText(k)
			if !ok {
				return
			}
			parts = append(parts, id.Name+text)
		}
		sep := "; const "
		if g.Lparen.IsValid() {
			sep = "; "
		}
		text := strings.Join(parts, sep)
		if text == "" {
			// Only blank names: a constant no one can use keeps the
			// group valid.
			text = c.newName("Const") + " = 0"
		}
		c.replace(vs.Pos(), vs.End(), text)
	}
}

// needsExplicitConst reports a spec without values, with iota, or with
// a blank name.
func (c *cell) needsExplicitConst(vs *ast.ValueSpec) bool {
	if len(vs.Values) == 0 {
		return true
	}
	for _, id := range vs.Names {
		if id.Name == "_" {
			return true
		}
	}
	found := false
	for _, v := range vs.Values {
		ast.Inspect(v, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok && id.Name == "iota" {
				if _, isConst := c.Info.Uses[id].(*types.Const); isConst && c.Info.Uses[id].Pkg() == nil {
					found = true
				}
			}
			if e, ok := x.(ast.Expr); ok && c.misfoldedConstant(e) {
				found = true
			}
			return !found
		})
	}
	return found
}

// misfoldedConstant reports a constant expression yaegi v0.16.1 computes
// wrong: a comparison (const small = limit < 100 was false), a min or max
// (const hi = max(3, 7) was 0), a comparison of an untyped constant
// beyond int64 (1<<63 > 0 was false), arithmetic on integer constants
// in a float context, or arithmetic on a compiled package's untyped float
// constant (usesPackageFloat).
func (c *cell) misfoldedConstant(e ast.Expr) bool {
	if tv, ok := c.Info.Types[e]; !ok || tv.Value == nil {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		}
		if c.usesPackageFloat(e) {
			return true
		}
		// Integer constants in a float context: Go divides them as
		// integers (var f float64 = 1 / 2 is 0), yaegi as floats; and
		// a value beyond int64 there made yaegi panic.
		if b, ok := c.Info.Types[e].Type.Underlying().(*types.Basic); ok && b.Info()&(types.IsFloat|types.IsComplex) != 0 {
			return untypedInteger(c.Info.Types[e.X].Type) || untypedInteger(c.Info.Types[e.Y].Type)
		}
	case *ast.CallExpr:
		// complex(0, math.Pi): yaegi took the package's constant for
		// another kind of untyped float than 0 and refused the call.
		// real(2+3i) and imag(2+3i): yaegi panicked on the constant
		// (reflect.Value.Complex on interface Value).
		return c.isBuiltin(e, "min", "max", "complex", "real", "imag")
	}
	return false
}

// untypedInteger reports an untyped integer or rune constant's type.
func untypedInteger(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && (b.Kind() == types.UntypedInt || b.Kind() == types.UntypedRune)
}

// isBuiltin reports a call of one of the named builtin functions.
func (c *cell) isBuiltin(call *ast.CallExpr, names ...string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if _, builtin := c.Info.Uses[id].(*types.Builtin); !builtin {
		return false
	}
	for _, n := range names {
		if id.Name == n {
			return true
		}
	}
	return false
}

// lowerMisfoldedConstant writes such an expression, outside a constant
// declaration, as its value:
//
//	math.MaxUint64 > 1   becomes   true
//	min(1<<10, 5000)     becomes   1024
func (c *cell) lowerMisfoldedConstant(e ast.Expr) {
	if !c.misfoldedConstant(e) || c.insideMisfoldedConstant() {
		return
	}
	tv := c.Info.Types[e]
	lit, typ, ok := c.constLiteral(tv.Type, tv.Value)
	if !ok {
		return
	}
	if typ != "" {
		lit = "(" + typ + ")(" + lit + ")"
	}
	c.replace(e.Pos(), e.End(), lit)
}

// insideMisfoldedConstant reports whether the node being visited is an
// operand of an expression lowerMisfoldedConstant writes as its value:
// Go computes the whole exactly, and writing the operand's value rounded
// to a float64 first could change the last digit.
func (c *cell) insideMisfoldedConstant() bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch p := c.stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.BinaryExpr, *ast.CallExpr:
			return c.misfoldedConstant(p.(ast.Expr))
		}
		return false
	}
	return false
}

// constText spells a constant's type and value: " T = v", or " = v" for
// an untyped constant, whose literal keeps its kind.
func (c *cell) constText(k *types.Const) (string, bool) {
	lit, typ, ok := c.constLiteral(k.Type(), k.Val())
	switch {
	case !ok:
		return "", false
	case typ == "":
		return " = " + lit, true
	}
	return " " + typ + " = " + lit, true
}

// constLiteral spells a constant value of type t as a literal of its
// kind, and t, "" for an untyped constant.
func (c *cell) constLiteral(t types.Type, v constant.Value) (lit, typ string, ok bool) {
	basic, ok := t.Underlying().(*types.Basic)
	if !ok {
		return "", "", false
	}
	switch {
	case v.Kind() == constant.Bool:
		lit = strconv.FormatBool(constant.BoolVal(v))
	case v.Kind() == constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case basic.Kind() == types.UntypedRune:
		n, exact := constant.Int64Val(v)
		if !exact {
			return "", "", false
		}
		lit = strconv.QuoteRune(rune(n))
	case basic.Info()&types.IsInteger != 0:
		lit = v.ExactString()
	case basic.Info()&types.IsFloat != 0:
		lit = floatLiteral(v)
	case basic.Info()&types.IsComplex != 0:
		lit = "complex(" + floatLiteral(constant.Real(v)) + ", " + floatLiteral(constant.Imag(v)) + ")"
	default:
		return "", "", false
	}
	if basic.Info()&types.IsUntyped != 0 {
		return lit, "", true
	}
	typ, ok = c.typeString(t)
	return lit, typ, ok
}

// floatLiteral spells a numeric constant as a float literal.
func floatLiteral(v constant.Value) string {
	f, _ := constant.Float64Val(v)
	lit := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(lit, ".eEIN") {
		lit += ".0" // stays a float constant
	}
	return lit
}

// usesPackageFloat reports whether a constant expression uses an untyped
// float constant of a compiled package: yaegi typed math.Pi as "untyped
// float64" and refused to combine it with a float literal (math.Pi * 2.0:
// "mismatched types untyped float64 and untyped float"; in a constant
// declaration, "constant definition loop").
func (c *cell) usesPackageFloat(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || found {
			return !found
		}
		k, ok := c.Info.Uses[sel.Sel].(*types.Const)
		if ok && k.Pkg() != nil && k.Pkg() != c.Pkg {
			b, ok := k.Type().(*types.Basic)
			found = ok && b.Kind() == types.UntypedFloat
		}
		return false
	})
	return found
}
