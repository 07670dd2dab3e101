package interp

import (
	"context"
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// Redefinition: a cell that declares a name again replaces it, and what
// used the old declaration is evaluated again against the new one.

// cellFuncs maps the functions a cell declares to the names their bodies
// mention.
func cellFuncs(pieces []piece) map[string]map[string]bool {
	funcs := map[string]map[string]bool{}
	for _, p := range pieces {
		fd, ok := p.decl.(*ast.FuncDecl)
		switch {
		case !ok || fd.Body == nil:
		case fd.Recv == nil:
			funcs[fd.Name.Name] = p.refs
		default:
			key := methodKey + fd.Name.Name
			if funcs[key] == nil {
				funcs[key] = map[string]bool{}
			}
			for r := range p.refs {
				funcs[key][r] = true
			}
		}
	}
	return funcs
}

// redefines reports whether declaration p, rewritten as src, changes a
// name an earlier cell declared.
func (s *Session) redefines(p piece, src string) bool {
	for _, n := range p.names {
		if old, ok := s.decls[n]; ok && old.src != src {
			return true
		}
	}
	return false
}

// record keeps declaration p, evaluated as src, for redefinition,
// completion and inspection.
func (s *Session) record(p piece, src string) {
	_, isFunc := p.decl.(*ast.FuncDecl)
	for _, n := range p.names {
		d := &decl{name: n, src: src, refs: p.refs, cell: s.cells, line: p.line, col: p.col,
			isFunc: isFunc, isType: isTypeDecl(p.decl), doc: p.doc, piece: p}
		if old, ok := s.decls[n]; ok {
			d.order = old.order
		} else {
			s.order++
			d.order = s.order
		}
		s.decls[n] = d
	}
}

// rebuildType declares type name afresh under a hidden name, makes name an
// alias of it, and evaluates its methods and its users again, so that new
// fields and new method bodies take effect. Values made before keep their
// old type.
func (s *Session) rebuildType(ctx context.Context, name string) error {
	// Types whose methods use each other would rebuild each other forever.
	if s.rebuilding[name] {
		return nil
	}
	s.rebuilding[name] = true
	defer delete(s.rebuilding, name)
	t, ok := s.decls[name]
	if !ok {
		return fmt.Errorf("interp: no declaration of type %s", name)
	}
	spec := redefinableType(t.piece.decl)
	if spec == nil {
		return fmt.Errorf("%s cannot be redefined here: declare it alone, as type %s struct{...}", name, name)
	}
	s.typeVersions++
	hidden := fmt.Sprintf("%s_gbp%d", name, s.typeVersions)
	start := t.piece.fset.Position(spec.Name.Pos()).Offset - len(fileHeader)
	renamed := t.src[:start] + hidden + t.src[start+len(name):]
	if _, err := s.eval(ctx, t.piece, renamed, filePrefix); err != nil {
		return err
	}
	if _, err := s.eval(ctx, t.piece, "type "+name+" = "+hidden, filePrefix); err != nil {
		return err
	}
	var methods []*decl
	for _, d := range s.decls {
		if strings.HasPrefix(d.name, name+".") {
			methods = append(methods, d)
		}
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].order < methods[j].order })
	pieces := make([]piece, len(methods))
	for i, m := range methods {
		pieces[i] = m.piece
	}
	// Methods that call each other are evaluated together, as in their cell.
	for _, p := range orderDecls(pieces) {
		members := p.group
		if members == nil {
			members = []piece{p}
		}
		srcs := make([]string, len(members))
		for i, m := range members {
			srcs[i] = s.decls[m.names[0]].src
		}
		if _, err := s.eval(ctx, members[0], groupSource(members, srcs), filePrefix); err != nil {
			return fmt.Errorf("re-evaluating method %s for the redefined type: %w", members[0].names[0], err)
		}
	}
	names := []string{name}
	for _, m := range methods {
		names = append(names, m.name)
	}
	return s.reevaluateUsers(ctx, names)
}

// reevaluateUsers evaluates again, in their original order, the functions
// and methods that refer (directly or through others) to names.
func (s *Session) reevaluateUsers(ctx context.Context, names []string) error {
	changed := map[string]bool{}
	for _, n := range names {
		changed[n] = true
	}
	var users []*decl
	for grew := true; grew; {
		grew = false
		for _, d := range s.decls {
			if changed[d.name] || !d.isFunc {
				continue
			}
			for ref := range d.refs {
				if changed[ref] || changed[methodType(ref)] {
					changed[d.name] = true
					users = append(users, d)
					grew = true
					break
				}
			}
		}
	}
	sort.Slice(users, func(i, j int) bool { return users[i].order < users[j].order })
	seen := map[string]bool{}
	var types []string // of methods that use a redefined name
	for _, d := range users {
		if strings.Contains(d.name, ".") {
			// yaegi keeps a method's first body: rebuild its type.
			if t := methodType(d.name); !seen["type "+t] {
				seen["type "+t] = true
				types = append(types, t)
			}
			continue
		}
		if seen[d.src] {
			continue
		}
		seen[d.src] = true
		if _, err := s.yi.EvalWithContext(ctx, d.src); err != nil {
			return fmt.Errorf("re-evaluating %s, which uses a redefined name: %w", d.name, err)
		}
	}
	for _, t := range types {
		if changed[t] {
			continue // being rebuilt by the caller
		}
		if err := s.rebuildType(ctx, t); err != nil {
			return err
		}
	}
	return nil
}

func isTypeDecl(d ast.Decl) bool {
	g, ok := d.(*ast.GenDecl)
	return ok && g.Tok == token.TYPE
}

// redefinableType returns the spec of a declaration of one defined type
// (not an alias), the kind that can be redefined through an alias.
func redefinableType(d ast.Decl) *ast.TypeSpec {
	g, ok := d.(*ast.GenDecl)
	if !ok || g.Tok != token.TYPE || len(g.Specs) != 1 {
		return nil
	}
	spec := g.Specs[0].(*ast.TypeSpec)
	if spec.Assign.IsValid() || spec.TypeParams != nil {
		return nil
	}
	return spec
}

func methodType(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}

// recursiveNames lists the functions of p that can reach themselves
// through calls among the session's declarations and those of the running
// cell (which may not be evaluated yet: f and g calling each other). A
// method is followed by its name alone (t.Down, whatever t's type): the
// guard costs a guarded method a little time, a missed recursion the
// whole session.
func (s *Session) recursiveNames(p piece) map[string]bool {
	fd, ok := p.decl.(*ast.FuncDecl)
	if !ok || s.opts.MaxDepth < 0 {
		return nil
	}
	name := fd.Name.Name
	refs := referenced(fd.Body)
	seen := map[string]bool{}
	stack := make([]string, 0, len(refs))
	for r := range refs {
		stack = append(stack, r)
	}
	var methods map[string][]map[string]bool // the session's methods by name, made when needed
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == name {
			return map[string]bool{name: true}
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		if refs, ok := s.cellFuncs[n]; ok {
			for r := range refs {
				stack = append(stack, r)
			}
		} else if d, ok := s.decls[n]; ok && d.isFunc {
			for r := range d.refs {
				stack = append(stack, r)
			}
		}
		for r := range s.cellFuncs[methodKey+n] {
			stack = append(stack, r)
		}
		if methods == nil {
			methods = s.methodRefs()
		}
		for _, refs := range methods[n] {
			for r := range refs {
				stack = append(stack, r)
			}
		}
	}
	return nil
}

// methodKey prefixes a method's name among the running cell's functions
// (cellFuncs), where a function of the same name may be too.
const methodKey = "."

// methodRefs returns the names each declared method uses, by method name.
func (s *Session) methodRefs() map[string][]map[string]bool {
	m := map[string][]map[string]bool{}
	for n, d := range s.decls {
		if i := strings.IndexByte(n, '.'); i >= 0 && d.isFunc {
			m[n[i+1:]] = append(m[n[i+1:]], d.refs)
		}
	}
	return m
}
