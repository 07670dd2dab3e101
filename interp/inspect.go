package interp

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/interp/docs"
	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// Inspect (Shift-Tab in a notebook) answers with the signature and
// documentation of the name at the cursor. Package members and the
// user's own declarations are looked up by name; a selector that goes
// through a value or a type - x.Backward, t.Data.At, strings.Builder.
// WriteString, p.Norm on a type a cell declared - is resolved as the
// compiler resolves it, by type-checking it against the session, so that
// the method found is the one Go would call (promoted through an
// embedded field, or an interface's). The documentation comes from the
// table embedded in the binary (package docs), the user's from their
// comments.

// Inspect returns the signature and documentation of the name at cursor:
// a package member, a method or field reached through a value or a type,
// or one of the user's own declarations.
func (s *Session) Inspect(code string, cursor, detail int) (display.Bundle, bool) {
	if cursor < 0 || cursor > len(code) {
		cursor = len(code)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	begin, end := cursor, cursor
	for begin > 0 && (isIdentByte(code[begin-1]) || code[begin-1] == '.') {
		begin--
	}
	for end < len(code) && isIdentByte(code[end]) {
		end++
	}
	name := strings.Trim(code[begin:end], ".")
	if name == "" {
		return nil, false
	}
	var text string
	if pkg, member, ok := strings.Cut(name, "."); ok {
		if key, found := s.packageNames()[pkg]; found && !strings.Contains(member, ".") {
			text = s.inspectMember(key, member)
		} else if d, found := s.decls[name]; found {
			text = declText(d) // Type.Method of the user's own type
		} else {
			text = s.inspectSelector(name)
		}
	} else if d, found := s.decls[name]; found {
		text = declText(d)
	} else if v, found := s.globals()[name]; found && v.IsValid() {
		text = name + " " + typeName(v) + " = " + short(v)
	} else if key, found := s.packageNames()[name]; found {
		text = "package " + name + ` // import "` + key[:strings.LastIndexByte(key, '/')] + `"`
		if syn, ok := docs.Synopsis(key[:strings.LastIndexByte(key, '/')]); ok && syn != "" {
			text += "\n\n" + syn
		}
	}
	if text == "" {
		return nil, false
	}
	return display.TextBundle(text), true
}

func declText(d *decl) string {
	src := d.src
	if i := strings.Index(src, "{"); i >= 0 && d.isFunc {
		src = strings.TrimSpace(src[:i])
	}
	if d.doc != "" {
		src += "\n\n" + d.doc
	}
	return src
}

func (s *Session) inspectMember(key, member string) string {
	v, ok := lookupSymbols(key)[member]
	if !ok {
		return ""
	}
	path := key[:strings.LastIndexByte(key, '/')]
	pkg := key[strings.LastIndexByte(key, '/')+1:]
	var head string
	switch {
	case v.Kind() == reflect.Func:
		head = "func " + pkg + "." + member + strings.TrimPrefix(v.Type().String(), "func")
	case v.Kind() == reflect.Pointer && v.IsNil():
		head = "type " + pkg + "." + member + " " + v.Type().Elem().Kind().String()
	default:
		head = pkg + "." + member + " " + v.Type().String()
	}
	m, ok := docs.Lookup(path, member)
	if !ok {
		return head
	}
	if m.Sig != "" {
		// The declaration as written, with its parameters' names, named
		// as a cell uses it: "func fmt.Println(a ...any) ...".
		for _, kw := range []string{"func ", "type "} {
			if rest, found := strings.CutPrefix(m.Sig, kw+member); found {
				head = kw + pkg + "." + member + rest
			}
		}
	}
	return withDoc(head, m.Doc)
}

func withDoc(head, doc string) string {
	if doc != "" {
		return head + "\n\n" + doc
	}
	return head
}

// inspectSelector resolves the selector expression expr (x.M, x.F.M,
// pkg.T.M, T.M) by type-checking "_ = expr" against the session; the
// check changes nothing and runs nothing, so a selector through a
// variable costs no evaluation. A method named through its type,
// strings.Builder.WriteString, is not an expression Go accepts when the
// method has a pointer receiver, so the method expression
// (*strings.Builder).WriteString is tried next. It returns "" when Go
// resolves neither.
func (s *Session) inspectSelector(expr string) string {
	i := strings.LastIndexByte(expr, '.')
	for _, src := range []string{expr, "(*" + expr[:i] + ")" + expr[i:]} {
		r, err := s.checker.Check(typecheck.Cell{Fragments: []typecheck.Fragment{
			{Kind: typecheck.Stmt, Src: "_ = " + src, Line: 1, Col: 1}}})
		if err != nil || len(r.Errors) > 0 || r.Body == nil || len(r.Body.Body.List) == 0 {
			continue
		}
		as, ok := r.Body.Body.List[len(r.Body.Body.List)-1].(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		se, ok := as.Rhs[0].(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if sel := r.Info.Selections[se]; sel != nil {
			return s.selectionText(sel, r.Pkg)
		}
	}
	return ""
}

// selectionText describes what a selector selects: a method, with the
// documentation of the type that declares it (for a promoted method, the
// embedded type), or a field.
func (s *Session) selectionText(sel *types.Selection, cell *types.Package) string {
	qualify := func(p *types.Package) string {
		if p == cell {
			return "" // the user's own names, as the user writes them
		}
		return p.Name()
	}
	switch obj := sel.Obj().(type) {
	case *types.Var:
		return "field " + types.TypeString(derefNamed(sel.Recv()), qualify) + "." + obj.Name() + " " +
			types.TypeString(obj.Type(), qualify)
	case *types.Func:
		recv := declaringType(obj, sel)
		if recv == nil {
			return ""
		}
		typeName := recv.Obj().Name()
		pkg := recv.Obj().Pkg()
		if pkg == nil || pkg == cell {
			if d, ok := s.decls[typeName+"."+obj.Name()]; ok {
				return declText(d)
			}
			return "func " + types.ObjectString(obj, qualify)
		}
		head := "func " + types.ObjectString(obj, qualify)
		m, ok := docs.Lookup(pkg.Path(), typeName+"."+obj.Name())
		if !ok {
			return head
		}
		if m.Sig != "" {
			head = qualifyReceiver(m.Sig, typeName, pkg.Name())
		}
		return withDoc(head, m.Doc)
	}
	return ""
}

// declaringType returns the named type that declares the method fn: its
// receiver's, or for an interface's method (whose receiver the importer
// leaves unnamed) the interface named by the selection.
func declaringType(fn *types.Func, sel *types.Selection) *types.Named {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if n := derefNamed(recv.Type()); n != nil {
			return n
		}
	}
	return derefNamed(sel.Recv())
}

func derefNamed(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := t.(*types.Named)
	return n
}

// qualifyReceiver names the receiver's type in sig as a cell names it:
// "func (b *Builder) WriteString(...)" becomes "func (b *strings.Builder)
// WriteString(...)". The receiver is the first parenthesized list; its
// type is its last word.
func qualifyReceiver(sig, typeName, pkg string) string {
	rest, ok := strings.CutPrefix(sig, "func (")
	close := strings.IndexByte(rest, ')')
	if !ok || close < 0 {
		return sig
	}
	recv := rest[:close]
	at := strings.LastIndex(recv, typeName)
	if at < 0 {
		return sig
	}
	return "func (" + recv[:at] + pkg + "." + recv[at:] + rest[close:]
}
