package typecheck

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"

	"github.com/traefik/yaegi/stdlib/generic"
)

// sourcePackage is a package written in Go source, type-checked with
// go/types when it is first imported.
type sourcePackage struct {
	name  string
	files map[string]string // file name -> source, until parsed
	ast   []*ast.File       // parsed files, in file name order
}

// addGenericSources registers the generic packages yaegi compiles from
// source. yaegi does so when the tables it is given include the standard
// library (it looks for "fmt/fmt"), and registers each under its package
// name, which is also its import path (cmp, maps, slices).
func (im *Importer) addGenericSources() {
	if im.members["fmt"] == nil {
		return
	}
	for _, src := range generic.Sources {
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly)
		if err != nil {
			im.problems = append(im.problems, fmt.Sprintf("yaegi generic source: %v", err))
			continue
		}
		name := f.Name.Name
		im.sources[name] = &sourcePackage{name: name, files: map[string]string{name + ".go": src}}
		if _, ok := im.names[name]; !ok {
			im.names[name] = name
		}
	}
}

// AddSource adds a package written in Go source, files mapping file names
// to their text. It is type-checked when first imported; it may import the
// tables' packages and other source packages. A path that the tables also
// provide gets the members of both, the source's winning on a conflict. A
// package cannot be replaced once imported.
func (im *Importer) AddSource(path string, files map[string]string) error {
	im.mu.Lock()
	defer im.mu.Unlock()
	if im.imported[path] != nil {
		return fmt.Errorf("typecheck: package %s is already imported", path)
	}
	if len(files) == 0 {
		return fmt.Errorf("typecheck: package %s has no files", path)
	}
	src := &sourcePackage{files: files}
	if err := im.parse(path, src); err != nil {
		return err
	}
	if name, ok := im.names[path]; ok && name != src.name && im.members[path] != nil {
		return fmt.Errorf("typecheck: package %s: source declares package %s, the symbol tables %s", path, src.name, name)
	}
	if p := im.pkgs[path]; p != nil && p.Name() != src.name {
		// A type from the tables already made the package under
		// another name: the two could not be one package.
		return fmt.Errorf("typecheck: package %s: source declares package %s, types from the tables use %s", path, src.name, p.Name())
	}
	im.names[path] = src.name
	im.sources[path] = src
	if im.failed[path] != nil {
		// The new source gets a fresh package object: the failed check
		// left declarations in the old one.
		delete(im.failed, path)
		delete(im.pkgs, path)
	}
	return nil
}

// parse parses src's files, in name order so that errors come out in a
// stable order, and checks they declare one package.
func (im *Importer) parse(path string, src *sourcePackage) error {
	names := make([]string, 0, len(src.files))
	for name := range src.files {
		names = append(names, name)
	}
	sort.Strings(names)
	files := make([]*ast.File, 0, len(names))
	for _, name := range names {
		f, err := parser.ParseFile(im.fset, path+"/"+name, src.files[name], parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("typecheck: package %s: %w", path, err)
		}
		if src.name == "" {
			src.name = f.Name.Name
		} else if f.Name.Name != src.name {
			return fmt.Errorf("typecheck: package %s: file %s declares package %s, not %s", path, name, f.Name.Name, src.name)
		}
		files = append(files, f)
	}
	src.ast, src.files = files, nil
	return nil
}

// checkSource type-checks src into pkg, the package object types from the
// tables use too, so that a path given both ways is one package.
func (im *Importer) checkSource(pkg *types.Package, src *sourcePackage) error {
	if src.ast == nil {
		if err := im.parse(pkg.Path(), src); err != nil {
			return err
		}
	}
	conf := &types.Config{Importer: lockedImporter{im}}
	if err := types.NewChecker(conf, im.fset, pkg, nil).Files(src.ast); err != nil {
		return fmt.Errorf("typecheck: source package %s: %w", pkg.Path(), err)
	}
	return nil
}
