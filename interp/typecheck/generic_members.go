package typecheck

import (
	"go/token"
	"go/types"
)

// addGenericMembers declares the generic functions of compiled packages
// that yaegi's tables cannot carry - a reflect.Value is no generic
// function - so that the checker knows them; the lowering writes each
// call of one as code yaegi runs (lower.lowerTypeFor, lowerAsType):
//
//	func reflect.TypeFor[T any]() reflect.Type
//	func errors.AsType[E error](err error) (E, bool)
func addGenericMembers(pkg *types.Package) {
	scope := pkg.Scope()
	param := func(name string, constraint types.Type) *types.TypeParam {
		return types.NewTypeParam(types.NewTypeName(token.NoPos, pkg, name, nil), constraint)
	}
	declare := func(name string, tparams []*types.TypeParam, params, results *types.Tuple) {
		if scope.Lookup(name) != nil {
			return // the tables have it after all
		}
		sig := types.NewSignatureType(nil, nil, tparams, params, results, false)
		scope.Insert(types.NewFunc(token.NoPos, pkg, name, sig))
	}
	errorType := types.Universe.Lookup("error").Type()
	switch pkg.Path() {
	case "reflect":
		typ := scope.Lookup("Type")
		if typ == nil {
			return
		}
		t := param("T", types.Universe.Lookup("any").Type())
		declare("TypeFor", []*types.TypeParam{t}, nil, types.NewTuple(types.NewVar(token.NoPos, pkg, "", typ.Type())))
	case "errors":
		e := param("E", errorType)
		declare("AsType", []*types.TypeParam{e},
			types.NewTuple(types.NewVar(token.NoPos, pkg, "err", errorType)),
			types.NewTuple(types.NewVar(token.NoPos, pkg, "", e), types.NewVar(token.NoPos, pkg, "", types.Typ[types.Bool])))
	}
}
