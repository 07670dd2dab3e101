package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Context keys of the cell's types. A context finds a value by comparing
// keys as interface values, type and value; yaegi gives a key of type
// ctxKey string the type string, so ctx.Value("user") found what was
// stored under ctxKey("user"). Such a key becomes a mirror.Key, which
// holds the type's name:
//
//	context.WithValue(ctx, k, v)  becomes context.WithValue(ctx, _gbp.ContextKey(k, "main.ctxKey"), v)
//	ctx.Value(k)                  becomes ctx.Value(_gbp.ContextKey(k, "main.ctxKey"))

var contextKeyFuncs = map[string]int{
	"context.WithValue":       1,
	"(context.Context).Value": 0,
}

func (c *cell) lowerContextKey(call *ast.CallExpr, arg int) {
	if len(call.Args) <= arg {
		return
	}
	k := call.Args[arg]
	t := c.Info.Types[k].Type
	if t == nil || !c.isCellType(t) {
		return
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return
	}
	c.insert(k.Pos(), "_gbp.ContextKey(")
	c.insert(k.End(), ", "+strconv.Quote(reflectName(t))+")")
}
