package typecheck

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

// converter turns reflect types into go/types types. Each reflect type is
// converted once, so that a named type has one *types.Named and recursive
// types end: the Named is cached before its underlying type is converted.
type converter struct {
	pkg   func(path string) *types.Package
	cache map[reflect.Type]types.Type
	// generic returns the generic type of a source package (iter.Seq), or
	// nil: an instance of it in a compiled signature (strings.Lines'
	// iter.Seq[string]) is made its instance, not a type of its own
	// named "Seq[string]", so that a generic function of the cell taking
	// an iter.Seq[V] infers V from it.
	generic func(path, name string) *types.Named

	// owner is the package being converted; it owns the exported fields
	// of struct literals, whose reflect data names no package.
	owner *types.Package

	// Unexported methods are invisible to reflect on concrete types, yet
	// an interface with one (go/ast.Expr, testing.TB) can only be
	// satisfied by types that have it. The interfaces and concrete types
	// of each package are kept so that settle can give the types, from
	// reflect's Implements, the unexported methods their interfaces need.
	ifaces   map[string][]*namedType // by package path
	concrete map[string][]*namedType
	fresh    []*namedType // made since the last settle
}

type namedType struct {
	rt reflect.Type
	n  *types.Named
}

var (
	anyType   = types.Universe.Lookup("any").Type()
	errorType = types.Universe.Lookup("error").Type()
	byteType  = types.Universe.Lookup("byte").Type()
	runeType  = types.Universe.Lookup("rune").Type()
)

func (c *converter) init(pkg func(string) *types.Package) {
	c.pkg = pkg
	c.cache = map[reflect.Type]types.Type{}
	c.ifaces = map[string][]*namedType{}
	c.concrete = map[string][]*namedType{}
}

// typeOf returns the go/types type for t.
func (c *converter) typeOf(t reflect.Type) types.Type {
	if tt, ok := c.cache[t]; ok {
		return tt
	}
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return c.predeclared(t)
		}
		return c.named(t)
	}
	var tt types.Type
	if t.Kind() == reflect.Interface && t.NumMethod() == 0 {
		// TypeString writes "any" for this type, as go/types does for
		// the export data of today's standard library.
		tt = anyType
	} else {
		tt = c.literal(t, c.owner)
	}
	c.cache[t] = tt
	return tt
}

// predeclared maps reflect's names of the predeclared types. reflect
// cannot tell byte from uint8 nor rune from int32; byte and rune are what
// APIs mostly say ([]byte, func(rune) bool), so error messages use them.
func (c *converter) predeclared(t reflect.Type) types.Type {
	var tt types.Type
	switch t.Kind() {
	case reflect.Interface:
		tt = errorType // the only predeclared interface with a name
	case reflect.Uint8:
		tt = byteType
	case reflect.Int32:
		tt = runeType
	default:
		tt = types.Typ[basicKinds[t.Kind()]]
	}
	c.cache[t] = tt
	return tt
}

var basicKinds = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.String: types.String,
	reflect.Int: types.Int, reflect.Int8: types.Int8, reflect.Int16: types.Int16,
	reflect.Int32: types.Int32, reflect.Int64: types.Int64,
	reflect.Uint: types.Uint, reflect.Uint8: types.Uint8, reflect.Uint16: types.Uint16,
	reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64, reflect.Uintptr: types.Uintptr,
	reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128,
	reflect.UnsafePointer: types.UnsafePointer,
}

// named makes the Named for a defined type, then its underlying type and
// methods. An instantiated generic type keeps reflect's name
// ("Pointer[internal/poll.fdMutex]"): reflect has no type arguments.
func (c *converter) named(t reflect.Type) types.Type {
	if inst := c.sourceInstance(t); inst != nil {
		c.cache[t] = inst
		return inst
	}
	pkg := c.pkg(t.PkgPath())
	n := types.NewNamed(types.NewTypeName(token.NoPos, pkg, instanceName(t.Name()), nil), nil, nil)
	c.cache[t] = n

	saved := c.owner
	c.owner = pkg
	defer func() { c.owner = saved }()

	if t.Kind() == reflect.Interface {
		iface := c.interfaceOf(t, pkg)
		n.SetUnderlying(iface)
		if hasUnexported(iface) {
			nt := &namedType{t, n}
			c.ifaces[t.PkgPath()] = append(c.ifaces[t.PkgPath()], nt)
			c.fresh = append(c.fresh, nt)
		}
		return n
	}
	n.SetUnderlying(c.literal(t, pkg))
	c.addMethods(t, n, pkg)
	nt := &namedType{t, n}
	c.concrete[t.PkgPath()] = append(c.concrete[t.PkgPath()], nt)
	c.fresh = append(c.fresh, nt)
	return n
}

// sourceInstance returns t, an instance of a generic type of a source
// package, as that type's instance, its type arguments found by matching
// the generic type's structure against t's; nil if it is none.
func (c *converter) sourceInstance(t reflect.Type) types.Type {
	base, _, isInstance := strings.Cut(t.Name(), "[")
	if !isInstance || c.generic == nil || t.Kind() == reflect.Interface || t.Kind() == reflect.Struct {
		return nil
	}
	g := c.generic(t.PkgPath(), base)
	if g == nil || g.TypeParams().Len() == 0 {
		return nil
	}
	args := map[*types.TypeParam]types.Type{}
	if !c.match(g.Underlying(), t, args) {
		return nil
	}
	list := make([]types.Type, g.TypeParams().Len())
	for i := range list {
		if list[i] = args[g.TypeParams().At(i)]; list[i] == nil {
			return nil
		}
	}
	inst, err := types.Instantiate(nil, g, list, true)
	if err != nil {
		return nil
	}
	return inst
}

// match binds the type parameters in gt, a generic type's structure, to
// the converted parts of t at their places.
func (c *converter) match(gt types.Type, t reflect.Type, args map[*types.TypeParam]types.Type) bool {
	switch g := gt.(type) {
	case *types.TypeParam:
		tt := c.typeOf(t)
		if prev, ok := args[g]; ok {
			return types.Identical(prev, tt)
		}
		args[g] = tt
		return true
	case *types.Signature:
		if t.Kind() != reflect.Func || t.NumIn() != g.Params().Len() || t.NumOut() != g.Results().Len() {
			return false
		}
		for i := 0; i < t.NumIn(); i++ {
			if !c.match(g.Params().At(i).Type(), t.In(i), args) {
				return false
			}
		}
		for i := 0; i < t.NumOut(); i++ {
			if !c.match(g.Results().At(i).Type(), t.Out(i), args) {
				return false
			}
		}
		return true
	case *types.Slice:
		return t.Kind() == reflect.Slice && c.match(g.Elem(), t.Elem(), args)
	case *types.Pointer:
		return t.Kind() == reflect.Pointer && c.match(g.Elem(), t.Elem(), args)
	case *types.Map:
		return t.Kind() == reflect.Map && c.match(g.Key(), t.Key(), args) && c.match(g.Elem(), t.Elem(), args)
	case *types.Basic:
		return types.Identical(g, c.typeOf(t))
	}
	return false
}

// instanceName spells the type arguments in reflect's name of an
// instantiated type as go/types prints them: "Seq2[K, V]", not
// "Seq2[K,V]", and "any" for "interface {}".
func instanceName(name string) string {
	if !strings.Contains(name, "[") {
		return name
	}
	name = strings.ReplaceAll(name, "interface {}", "any")
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		b.WriteByte(name[i])
		if name[i] == ',' && i+1 < len(name) && name[i+1] != ' ' {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// addMethods declares t's exported methods. A method in t's method set has
// a value receiver; one only in *t's has a pointer receiver. Promoted
// methods are declared too: go/types finds the declared one first, with
// the same signature, so the method sets are the same.
func (c *converter) addMethods(t reflect.Type, n *types.Named, pkg *types.Package) {
	pt := reflect.PointerTo(t)
	if pt.NumMethod() == 0 {
		return
	}
	var ptr types.Type
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		var recv types.Type = n
		if _, ok := t.MethodByName(m.Name); !ok {
			if ptr == nil {
				ptr = types.NewPointer(n)
			}
			recv = ptr
		}
		sig := c.signature(types.NewParam(token.NoPos, pkg, "", recv), m.Type, 1)
		n.AddMethod(types.NewFunc(token.NoPos, pkg, m.Name, sig))
	}
}

// literal converts t's structure, ignoring its name: the type of an
// unnamed type, the underlying type of a named one.
func (c *converter) literal(t reflect.Type, pkg *types.Package) types.Type {
	switch t.Kind() {
	case reflect.Pointer:
		return types.NewPointer(c.typeOf(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(c.typeOf(t.Elem()))
	case reflect.Array:
		return types.NewArray(c.typeOf(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(c.typeOf(t.Key()), c.typeOf(t.Elem()))
	case reflect.Chan:
		dir := types.SendRecv
		switch t.ChanDir() {
		case reflect.SendDir:
			dir = types.SendOnly
		case reflect.RecvDir:
			dir = types.RecvOnly
		}
		return types.NewChan(dir, c.typeOf(t.Elem()))
	case reflect.Func:
		return c.signature(nil, t, 0)
	case reflect.Struct:
		return c.structOf(t, pkg)
	case reflect.Interface:
		return c.interfaceOf(t, pkg)
	}
	// The underlying type of a named basic type (time.Duration).
	return types.Typ[basicKinds[t.Kind()]]
}

// signature converts a func type, skipping its first skip parameters (the
// receiver of a reflect.Method's Type). reflect keeps no parameter names.
func (c *converter) signature(recv *types.Var, t reflect.Type, skip int) *types.Signature {
	params := make([]*types.Var, 0, t.NumIn()-skip)
	for i := skip; i < t.NumIn(); i++ {
		params = append(params, types.NewParam(token.NoPos, nil, "", c.typeOf(t.In(i))))
	}
	results := make([]*types.Var, 0, t.NumOut())
	for i := 0; i < t.NumOut(); i++ {
		results = append(results, types.NewParam(token.NoPos, nil, "", c.typeOf(t.Out(i))))
	}
	return types.NewSignatureType(recv, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
}

// structOf keeps every field, unexported ones too: they decide whether the
// struct is comparable, and embedded ones promote methods.
func (c *converter) structOf(t reflect.Type, pkg *types.Package) *types.Struct {
	fields := make([]*types.Var, t.NumField())
	tags := make([]string, t.NumField())
	for i := range fields {
		f := t.Field(i)
		fpkg := pkg
		if f.PkgPath != "" {
			fpkg = c.pkg(f.PkgPath)
		}
		fields[i] = types.NewField(token.NoPos, fpkg, f.Name, c.typeOf(f.Type), f.Anonymous)
		tags[i] = string(f.Tag)
	}
	return types.NewStruct(fields, tags)
}

// interfaceOf lists all of t's methods, unexported ones included (reflect
// lists them for interfaces), embedded interfaces flattened.
func (c *converter) interfaceOf(t reflect.Type, pkg *types.Package) *types.Interface {
	methods := make([]*types.Func, t.NumMethod())
	for i := range methods {
		m := t.Method(i)
		mpkg := pkg
		if m.PkgPath != "" {
			mpkg = c.pkg(m.PkgPath)
		}
		methods[i] = types.NewFunc(token.NoPos, mpkg, m.Name, c.signature(nil, m.Type, 0))
	}
	return types.NewInterfaceType(methods, nil).Complete()
}

func hasUnexported(iface *types.Interface) bool {
	for i := 0; i < iface.NumExplicitMethods(); i++ {
		if !iface.ExplicitMethod(i).Exported() {
			return true
		}
	}
	return false
}

// settle gives the concrete types made since the last call, and those of
// the packages of the interfaces made since, the unexported methods of the
// interfaces of their package they implement (according to reflect).
// Only types of the interface's own package can have such a method, or
// promote it from an embedded field of that package.
func (c *converter) settle() {
	for len(c.fresh) > 0 {
		fresh := c.fresh
		c.fresh = nil
		for _, nt := range fresh {
			pkgPath := nt.rt.PkgPath()
			if nt.rt.Kind() == reflect.Interface {
				for _, ct := range c.concrete[pkgPath] {
					c.addUnexported(ct, nt)
				}
				continue
			}
			for _, it := range c.ifaces[pkgPath] {
				c.addUnexported(nt, it)
			}
		}
	}
}

func (c *converter) addUnexported(ct, it *namedType) {
	var recv types.Type
	switch {
	case ct.rt.Implements(it.rt):
		recv = ct.n
	case reflect.PointerTo(ct.rt).Implements(it.rt):
		recv = types.NewPointer(ct.n)
	default:
		return
	}
	iface := it.n.Underlying().(*types.Interface)
	for i := 0; i < iface.NumExplicitMethods(); i++ {
		m := iface.ExplicitMethod(i)
		if m.Exported() || hasMethod(ct.n, m) {
			continue
		}
		sig := m.Type().(*types.Signature)
		recvVar := types.NewParam(token.NoPos, ct.n.Obj().Pkg(), "", recv)
		ct.n.AddMethod(types.NewFunc(token.NoPos, m.Pkg(), m.Name(),
			types.NewSignatureType(recvVar, nil, nil, sig.Params(), sig.Results(), sig.Variadic())))
	}
}

func hasMethod(n *types.Named, m *types.Func) bool {
	for i := 0; i < n.NumMethods(); i++ {
		if n.Method(i).Id() == m.Id() {
			return true
		}
	}
	return false
}
