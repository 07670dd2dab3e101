package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Encoding values of the cell's types with encoding/json: yaegi's types
// have no MarshalJSON methods for json to call, their unexported fields
// are exported (with an X) and their embedded structs are not embedded.
// The value becomes a stand-in (values.go) that encodes and decodes by
// encoding/json's rules:
//
//	json.Marshal(v)          becomes _gbp.MarshalJSON(v')
//	json.MarshalIndent(v, ...) becomes _gbp.MarshalIndent(v', ...)
//	enc.Encode(v)            becomes enc.Encode(v')
//	json.Unmarshal(data, &v) becomes json.Unmarshal(data, (&v)')
//	dec.Decode(&v)           becomes dec.Decode((&v)')
//
// Marshal goes through _gbp so that its errors name the user's types; the
// stand-in is a json.Marshaler and json.Unmarshaler for the others.

// jsonFunc is how a function of encoding/json takes a value.
type jsonFunc struct {
	arg       int
	unmarshal bool
	// helper replaces the function, "" to keep it.
	helper string
	// method is a helper that takes the method's receiver first.
	method bool
}

var jsonFuncs = map[string]jsonFunc{
	"encoding/json.Marshal":           {helper: "_gbp.MarshalJSON"},
	"encoding/json.MarshalIndent":     {helper: "_gbp.MarshalIndent"},
	"(*encoding/json.Encoder).Encode": {},
	"encoding/json.Unmarshal":         {arg: 1, unmarshal: true},
	// _gbp.Decode hands the stand-in the decoder's UseNumber and
	// DisallowUnknownFields.
	"(*encoding/json.Decoder).Decode": {unmarshal: true, helper: "_gbp.Decode", method: true},
}

// lowerJSONCall gives the value a call of encoding/json encodes or decodes
// into the Go behaviour of the cell's types.
func (c *cell) lowerJSONCall(call *ast.CallExpr, f jsonFunc) {
	if len(call.Args) <= f.arg || call.Ellipsis.IsValid() {
		return
	}
	arg := call.Args[f.arg]
	tv := c.Info.Types[arg]
	if tv.Type == nil || tv.IsNil() {
		return
	}
	u := &use{marshal: !f.unmarshal, unmarshal: f.unmarshal}
	t := tv.Type
	if f.unmarshal {
		// Decoding needs a pointer; json reports anything else. An
		// interface may hold a pointer to a cell's type.
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		} else if !types.IsInterface(t) || !c.mayHoldCellPointer(t, u, arg.Pos()) {
			return
		}
	}
	if !f.unmarshal {
		c.standInLiteralComposites(arg, u)
	}
	if !types.IsInterface(t) && !c.matters(t, u, arg.Pos()) {
		return
	}
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	switch {
	case f.method && isSel:
		//	dec.Decode(x)   becomes   _gbp.Decode(dec, x')
		c.insert(call.Pos(), f.helper+"(")
		c.replace(sel.X.End(), call.Lparen+1, ", ")
	case f.helper != "" && !f.method:
		c.replace(call.Fun.Pos(), call.Fun.End(), f.helper)
	}
	c.standIn(arg, tv.Type, u, false)
}

// mayHoldCellPointer reports whether a value of the interface type t may
// be a pointer to one of the cells' types that decoding into shows.
func (c *cell) mayHoldCellPointer(t types.Type, u *use, pos token.Pos) bool {
	for _, cand := range c.candidates(t, pos) {
		if p, ok := cand.(*types.Pointer); ok && c.isCellType(p.Elem()) && c.matters(p.Elem(), u, pos) {
			return true
		}
	}
	return false
}

// standInLiteralComposites makes stand-ins of the values of the cells'
// composite types (a []Color, a map[string]Level) that e's composite
// literals put into interfaces, as they are written there: in an interface{}, yaegi's []Color is a
// []int, which no resolver can tell from one, and json encoded the
// numbers where Go calls MarshalText:
//
//	json.Marshal(map[string]any{"c": []Color{Red}})   becomes   ...{"c": _gbp.StandIn([]Color{Red}, ...)}
func (c *cell) standInLiteralComposites(e ast.Expr, u *use) {
	ast.Inspect(e, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return !isFuncLit(n)
		}
		// slot returns the type of the place the i-th element goes.
		var slot func(i int, elt ast.Expr) types.Type
		switch t := c.Info.TypeOf(lit).Underlying().(type) {
		case *types.Slice:
			slot = func(int, ast.Expr) types.Type { return t.Elem() }
		case *types.Array:
			slot = func(int, ast.Expr) types.Type { return t.Elem() }
		case *types.Map:
			slot = func(int, ast.Expr) types.Type { return t.Elem() }
		case *types.Struct:
			slot = func(i int, elt ast.Expr) types.Type {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						for j := 0; j < t.NumFields(); j++ {
							if t.Field(j).Name() == id.Name {
								return t.Field(j).Type()
							}
						}
					}
					return nil
				}
				if i < t.NumFields() {
					return t.Field(i).Type()
				}
				return nil
			}
		default:
			return true
		}
		for i, elt := range lit.Elts {
			if st := slot(i, elt); st == nil || !types.IsInterface(st) {
				continue
			}
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			t := c.Info.TypeOf(elt)
			if t == nil || types.IsInterface(t) || c.isCellType(t) || !c.mentionsCellType(t) || !c.matters(t, u, elt.Pos()) {
				continue
			}
			if c.boxedNamed(t) && !c.Info.Types[elt].IsNil() {
				continue // boxed where it goes into the interface{} (boxnamed.go)
			}
			c.standIn(elt, t, u, false)
		}
		return true
	})
}

func isFuncLit(n ast.Node) bool { _, ok := n.(*ast.FuncLit); return ok }
