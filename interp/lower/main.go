package lower

import (
	"go/ast"
	"go/types"
)

// lowerMain renames the package's main function and the package clause of
// a pasted program. yaegi runs a function called main after every
// evaluation once one exists - a pasted program printed its output
// several times, and each later cell ran it again. Go runs main once: the
// lowered cell calls it once, after its other statements, and later cells
// run it only by calling main() themselves.
func (c *cell) lowerMain() {
	if c.Body == nil && c.File.Package.IsValid() && c.inCell(c.File.Package) {
		// A program: the clause goes, its lines stay.
		start, end := c.offset(c.File.Package), c.offset(c.File.Name.End())
		c.replace(c.File.Package, c.File.Name.End(), blank(c.Src[start:end]))
	}
	mainFunc, _ := c.Pkg.Scope().Lookup("main").(*types.Func)
	if mainFunc == nil {
		return
	}
	for id, obj := range c.Info.Defs {
		if obj == mainFunc && c.inCell(id.Pos()) {
			c.runsMain = true
			c.replace(id.Pos(), id.End(), MainName)
		}
	}
	for id, obj := range c.Info.Uses {
		if obj == mainFunc && c.inCell(id.Pos()) {
			c.replace(id.Pos(), id.End(), MainName)
		}
	}
}

// lowerInit renames each init function of the cell and calls it when the
// cell's declarations are done, before main, as Go runs init functions
// after every package variable is set. yaegi ran them first:
// var b = note("var b") and an init that noted too gave [init 1 var b].
//
//	func init() { ... }   becomes   func _gbpInit1() { ... }   and, at the end, _gbpInit1()
func (c *cell) lowerInit(fd *ast.FuncDecl) {
	if fd.Recv != nil || fd.Name.Name != "init" || fd.Type.TypeParams != nil {
		return
	}
	name := c.newName("Init")
	c.replace(fd.Name.Pos(), fd.Name.End(), name)
	c.inits = append(c.inits, name+"()")
}

// blank returns spaces as long as s, keeping its newlines.
func blank(s string) string {
	b := []byte(s)
	for i, ch := range b {
		if ch != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}
