package typecheck

import "go/token"

// The checker's FileSet. Each check parses the cell into a file of the
// session's FileSet (and the imports the cell uses without importing
// them into another), and a FileSet keeps every file it was given: a
// notebook session of thousands of cells kept each cell's file, its line
// table and its line directives, 0.4 KB a cell. A file is still needed
// while a session declaration, a cached package clause or a cached
// "var x T" line points into it: go/types reports positions in them,
// and asks the FileSet for the file of the session file's package clause.
// The others are removed before the next check.
type files struct {
	mark    int                  // the FileSet's Base at the last prune
	decls   map[*token.File]int  // files holding session declarations, by count
	cached  map[*token.File]bool // files of the parsed headers and var lines
	orphans []*token.File        // files whose last declaration was replaced
}

// hold notes that a session declaration at pos points into its file.
func (fs *files) hold(fset *token.FileSet, pos token.Pos) {
	if f := fset.File(pos); f != nil {
		if fs.decls == nil {
			fs.decls = map[*token.File]int{}
		}
		fs.decls[f]++
	}
}

// drop notes that a session declaration at pos was replaced.
func (fs *files) drop(fset *token.FileSet, pos token.Pos) {
	f := fset.File(pos)
	if f == nil || fs.decls[f] == 0 {
		return
	}
	if fs.decls[f]--; fs.decls[f] == 0 {
		delete(fs.decls, f)
		fs.orphans = append(fs.orphans, f)
	}
}

// cache notes that a parsed tree kept for later checks points into the
// file at pos.
func (fs *files) cache(fset *token.FileSet, pos token.Pos) {
	if f := fset.File(pos); f != nil {
		if fs.cached == nil {
			fs.cached = map[*token.File]bool{}
		}
		fs.cached[f] = true
	}
}

// prune removes the files nothing points into any more: those added
// since the last prune and those whose declarations were all replaced.
// It must not run while a check's result is in use.
func (fs *files) prune(fset *token.FileSet) {
	unused := func(f *token.File) bool { return fs.decls[f] == 0 && !fs.cached[f] }
	for _, f := range fs.orphans {
		if unused(f) {
			fset.RemoveFile(f)
		}
	}
	fs.orphans = fs.orphans[:0]
	for pos := fs.mark; pos < fset.Base(); {
		f := fset.File(token.Pos(pos))
		if f == nil {
			pos++ // a gap (a file removed before): step over it
			continue
		}
		pos = f.Base() + f.Size() + 1
		if unused(f) {
			fset.RemoveFile(f)
		}
	}
	fs.mark = fset.Base()
}
