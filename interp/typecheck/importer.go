package typecheck

import (
	"errors"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
)

// Tables are yaegi symbol tables: the same maps passed to
// (*interp.Interpreter).Use, keyed "importpath/pkgname" (e.g. "fmt/fmt",
// "math/rand/v2/rand", "gonum.org/v1/gonum/mat/mat").
type Tables = map[string]map[string]reflect.Value

// ErrNotAvailable is what an import of a package that neither the tables
// nor the source packages provide wraps, so that callers can tell "the
// session cannot have this package" from a broken package.
var ErrNotAvailable = errors.New("package is not available in gobackprop")

// notAvailableError names the package; it unwraps to ErrNotAvailable.
type notAvailableError struct{ path string }

func (e *notAvailableError) Error() string {
	return "package " + e.path + " is not available in gobackprop"
}

func (e *notAvailableError) Unwrap() error { return ErrNotAvailable }

// Importer is a types.ImporterFrom over yaegi symbol tables and Go source
// packages. Every package is built once and cached.
//
// Import and AddSource may be called from several goroutines: a mutex
// serialises them. The packages they return are shared, though, and a
// later import can still complete them (a package first met as the home of
// a type gets its members when it is imported; a type can gain the
// unexported methods an interface of its package needs), so type checks
// that use one Importer must run one at a time.
type Importer struct {
	mu sync.Mutex

	fset    *token.FileSet
	members map[string][]map[string]reflect.Value // import path -> its tables' member maps, in Use order
	names   map[string]string                     // import path -> package name, from table keys and sources
	sources map[string]*sourcePackage             // import path -> Go source to type-check

	pkgs     map[string]*types.Package // every package object made, importable or not
	imported map[string]*types.Package // packages whose members are in place
	failed   map[string]error          // source packages that did not type-check
	// unsafeConstants lets import "unsafe" through with no table of it
	// (AllowUnsafeConstants).
	unsafeConstants bool
	importing       map[string]bool // source packages being checked, to report cycles

	conv converter

	// problems lists members that could not be represented faithfully;
	// tests report them.
	problems []string
}

// NewImporter returns an Importer over the given tables, merged in order
// as yaegi's Use merges them (a later table's member replaces an earlier
// one of the same name), plus the generic packages whose Go source yaegi
// interprets (github.com/traefik/yaegi/stdlib/generic.Sources: cmp, maps,
// slices), type-checked from that source when first imported.
func NewImporter(tables ...Tables) *Importer {
	im := &Importer{
		fset:      token.NewFileSet(),
		members:   map[string][]map[string]reflect.Value{},
		names:     map[string]string{},
		sources:   map[string]*sourcePackage{},
		pkgs:      map[string]*types.Package{},
		imported:  map[string]*types.Package{},
		failed:    map[string]error{},
		importing: map[string]bool{},
	}
	im.conv.init(im.pkg)
	im.conv.generic = im.sourceGeneric
	for _, table := range tables {
		for key, syms := range table {
			dir, name := path.Dir(key), path.Base(key)
			// "." carries yaegi's interface wrappers (MapTypes), not a
			// package; a key without a package name is refused by Use.
			if dir == "." || dir == "/" {
				continue
			}
			im.members[dir] = append(im.members[dir], syms)
			im.names[dir] = name
		}
	}
	im.addGenericSources()
	return im
}

// Import returns the package for path, building it on the first call.
func (im *Importer) Import(path string) (*types.Package, error) {
	return im.ImportFrom(path, "", 0)
}

// ImportFrom is Import: yaegi resolves imports the same way whatever the
// importing directory, and mode is reserved by go/types.
func (im *Importer) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	return im.importLocked(path)
}

// lockedImporter is the importer the checker of a source package uses: it
// runs inside an Import that already holds the mutex.
type lockedImporter struct{ im *Importer }

func (l lockedImporter) Import(path string) (*types.Package, error) { return l.im.importLocked(path) }

func (im *Importer) importLocked(path string) (*types.Package, error) {
	if pkg := im.imported[path]; pkg != nil {
		return pkg, nil
	}
	if err := im.failed[path]; err != nil {
		return nil, err
	}
	src, tables := im.sources[path], im.members[path]
	if path == "unsafe" && (tables != nil || im.unsafeConstants) {
		// go/types' own package: with AllowUnsafeConstants, the lowering
		// lets through only its constants (unsafe.Sizeof), which it
		// writes as numbers, and refuses the rest.
		return types.Unsafe, nil
	}
	if src == nil && tables == nil {
		return nil, &notAvailableError{path}
	}
	if im.importing[path] {
		return nil, fmt.Errorf("import cycle through package %s", path)
	}
	im.importing[path] = true
	defer delete(im.importing, path)

	pkg := im.pkg(path)
	if src != nil {
		if err := im.checkSource(pkg, src); err != nil {
			im.failed[path] = err
			return nil, err
		}
	}
	im.addTableMembers(pkg, tables)
	addGenericMembers(pkg)
	im.conv.settle()
	pkg.MarkComplete()
	im.imported[path] = pkg
	return pkg, nil
}

// AllowUnsafeConstants lets a cell import unsafe, which no table has, for
// its constants: interp/lower writes unsafe.Sizeof, Alignof and Offsetof
// as numbers and refuses every other use. A restricted session does not
// call it, and import "unsafe" stays an error there.
func (im *Importer) AllowUnsafeConstants() {
	im.mu.Lock()
	defer im.mu.Unlock()
	im.unsafeConstants = true
}

// sourceGeneric returns the generic type name of the source package path
// (iter.Seq), type-checking the package if it was not yet; nil if there
// is none. The importer's lock is held.
func (im *Importer) sourceGeneric(path, name string) *types.Named {
	if im.sources[path] == nil || im.importing[path] {
		return nil
	}
	pkg, err := im.importLocked(path)
	if err != nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	named, _ := tn.Type().(*types.Named)
	return named
}

// pkg returns the one package object for path, making it if needed. Types
// of packages that are not importable (internal/poll, ...) live in such
// objects too, so that each path has exactly one package.
func (im *Importer) pkg(path string) *types.Package {
	if p := im.pkgs[path]; p != nil {
		return p
	}
	name, ok := im.names[path]
	if !ok {
		name = guessName(path)
	}
	p := types.NewPackage(path, name)
	im.pkgs[path] = p
	return p
}

// guessName returns the conventional package name for an import path whose
// name no table or source states: the last element, skipping a major
// version suffix (math/rand/v2 -> rand) and gopkg.in's ".vN".
func guessName(p string) string {
	elems := strings.Split(p, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && isMajorVersion(name) {
		name = elems[len(elems)-2]
	}
	if strings.HasPrefix(p, "gopkg.in/") {
		if i := strings.Index(name, ".v"); i > 0 {
			name = name[:i]
		}
	}
	name = strings.TrimPrefix(name, "go-")
	return strings.NewReplacer("-", "_", ".", "_").Replace(name)
}

func isMajorVersion(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// addTableMembers declares the tables' members in pkg. A later table wins,
// as in yaegi; a name the package's source already declares is kept.
func (im *Importer) addTableMembers(pkg *types.Package, tables []map[string]reflect.Value) {
	merged := map[string]reflect.Value{}
	for _, syms := range tables {
		for name, v := range syms {
			merged[name] = v
		}
	}
	names := make([]string, 0, len(merged))
	for name := range merged {
		// "_fmt_Stringer" and the like are yaegi's interface wrappers.
		if !strings.HasPrefix(name, "_") {
			names = append(names, name)
		}
	}
	sort.Strings(names) // the same package whatever the map order
	scope := pkg.Scope()
	for _, name := range names {
		if scope.Lookup(name) != nil {
			continue
		}
		obj, err := im.member(pkg, name, merged[name])
		if err != nil {
			im.problems = append(im.problems, err.Error())
			continue
		}
		scope.Insert(obj)
	}
}

// constantValue is the type of the untyped constants in yaegi's tables.
var constantValue = reflect.TypeFor[constant.Value]()

// member turns one table entry into an object, telling the kinds apart the
// way yaegi does: see the package documentation.
func (im *Importer) member(pkg *types.Package, name string, v reflect.Value) (types.Object, error) {
	if !v.IsValid() {
		return nil, fmt.Errorf("%s.%s: invalid reflect.Value", pkg.Path(), name)
	}
	im.conv.owner = pkg
	t := v.Type()
	switch {
	case v.CanAddr():
		return types.NewVar(token.NoPos, pkg, name, im.conv.typeOf(t)), nil
	case t.Kind() == reflect.Func:
		typ := im.conv.typeOf(t)
		if sig, ok := typ.(*types.Signature); ok {
			return types.NewFunc(token.NoPos, pkg, name, sig), nil
		}
		// A value of a defined func type (http.HandlerFunc) cannot be a
		// func declaration in Go: it is a variable.
		return types.NewVar(token.NoPos, pkg, name, typ), nil
	case t.Kind() == reflect.Pointer && v.IsNil():
		return im.typeName(pkg, name, t.Elem()), nil
	case t.Implements(constantValue):
		return untypedConst(pkg, name, v.Interface().(constant.Value))
	}
	if val, ok := typedValue(v); ok {
		return types.NewConst(token.NoPos, pkg, name, im.conv.typeOf(t), val), nil
	}
	// A value that is neither addressable nor a constant (a map, say):
	// yaegi lets cells read it, so it is declared as a variable, which
	// also lets them assign to it.
	im.problems = append(im.problems, fmt.Sprintf("%s.%s: %s value declared as a variable", pkg.Path(), name, t))
	return types.NewVar(token.NoPos, pkg, name, im.conv.typeOf(t)), nil
}

// typeName returns the object a type member declares: the named type
// itself when it is declared under this name in this package, otherwise an
// alias (os.FileInfo is io/fs.FileInfo; reflect keeps no aliases).
func (im *Importer) typeName(pkg *types.Package, name string, t reflect.Type) *types.TypeName {
	typ := im.conv.typeOf(t)
	if n, ok := typ.(*types.Named); ok && n.Obj().Pkg() == pkg && n.Obj().Name() == name {
		return n.Obj()
	}
	obj := types.NewTypeName(token.NoPos, pkg, name, nil)
	types.NewAlias(obj, typ)
	return obj
}

// untypedConst declares a constant the extractor kept exact, as go/constant
// source text; its kind gives the untyped type.
func untypedConst(pkg *types.Package, name string, val constant.Value) (types.Object, error) {
	var kind types.BasicKind
	switch val.Kind() {
	case constant.Bool:
		kind = types.UntypedBool
	case constant.String:
		kind = types.UntypedString
	case constant.Int:
		// yaegi reads untyped rune constants (utf8.RuneError) as ints too:
		// the extractor writes them as integer literals.
		kind = types.UntypedInt
	case constant.Float:
		kind = types.UntypedFloat
	case constant.Complex:
		kind = types.UntypedComplex
	default:
		return nil, fmt.Errorf("%s.%s: constant of unknown kind", pkg.Path(), name)
	}
	return types.NewConst(token.NoPos, pkg, name, types.Typ[kind], val), nil
}

// typedValue returns the constant.Value of a typed constant (time.Second),
// or false when v's kind cannot be a constant.
func typedValue(v reflect.Value) (constant.Value, bool) {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool()), true
	case reflect.String:
		return constant.MakeString(v.String()), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint()), true
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float()), true
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return constant.BinaryOp(constant.MakeFloat64(real(c)), token.ADD,
			constant.MakeImag(constant.MakeFloat64(imag(c)))), true
	}
	return nil, false
}
