package lower

import (
	"go/ast"
	"go/types"
)

// lowerIOArgs hands a compiled function an argument of a cell's type for
// an interface parameter as a value made for it - an io.Writer or
// io.Reader:
//
//   - With the optional methods the io package looks for, when the type
//     has them: yaegi's wrapper had only Write (or Read), so io.WriteString
//     bypassed a WriteString that adds a prefix, and io.Copy a ReadFrom
//     (interp's writerOf and readerOf):
//
//     io.WriteString(l, s)   becomes   io.WriteString(func(v *Logger) _gbp.IOWriter { return _gbp.WriterOf(v, v.WriteString, nil) }(l), s)
//
//   - As an io.Writer made in the cell for fmt.Fprint and its kin (an
//     io.Reader for fmt.Fscan's): yaegi wraps each argument of those in
//     an interface its methods match, and chose fmt.Stringer for a writer
//     with a String method, which fmt then called as an io.Writer
//     (reflect: Call using stdlib._fmt_Stringer as type io.Writer).
func (c *cell) lowerIOArgs(call *ast.CallExpr) {
	if !c.compiledFunc(call.Fun) {
		return
	}
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return
	}
	name := c.calleeName(call)
	fmtFunc := name == "fmt.Fprint" || name == "fmt.Fprintf" || name == "fmt.Fprintln" ||
		name == "fmt.Fscan" || name == "fmt.Fscanf" || name == "fmt.Fscanln"
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
			break
		}
		if c.lowerIOInterfaceArg(call, i, sig.Params().At(i).Type()) {
			continue
		}
		t := c.Info.TypeOf(arg)
		if t == nil || types.IsInterface(t) || !c.sessionType(t) {
			continue
		}
		ts, ok := c.typeString(t)
		if !ok {
			continue
		}
		var wrap string
		switch ioInterface(sig.Params().At(i).Type()) {
		case "Writer":
			ws, rf := c.methodValue(t, "WriteString", "func(string) (int, error)"), c.methodValue(t, "ReadFrom", "func(io.Reader) (int64, error)")
			switch {
			case ws != "nil" || rf != "nil":
				wrap = "_gbp.WriterOf(v, " + ws + ", " + rf + ")"
			case fmtFunc:
				wrap = "v"
			}
			if wrap != "" {
				wrap = "func(v " + ts + ") _gbp.IOWriter { return " + wrap + " }("
			}
		case "Reader":
			wt := c.methodValue(t, "WriteTo", "func(io.Writer) (int64, error)")
			switch {
			case wt != "nil":
				wrap = "_gbp.ReaderOf(v, " + wt + ")"
			case fmtFunc:
				wrap = "v"
			}
			if wrap != "" {
				wrap = "func(v " + ts + ") _gbp.IOReader { return " + wrap + " }("
			}
		}
		if wrap == "" {
			wrap = c.callResultAsInterface(sig.Params().At(i).Type(), arg, ts)
		}
		if wrap != "" {
			c.insert(arg.Pos(), wrap)
			c.insert(arg.End(), ")")
		}
	}
}

// callResultAsInterface returns the start of a literal that hands a
// call's result of a cell's type to a parameter of a compiled interface:
// yaegi passed the bare result (reflect: Call using *struct {...} as
// type sort.Interface), where a variable or a conversion in the same
// place works.
//
//	sort.Sort(newSorter(xs))   becomes   sort.Sort(func(v *sorter) sort.Interface { return v }(newSorter(xs)))
func (c *cell) callResultAsInterface(param types.Type, arg ast.Expr, ts string) string {
	call, ok := ast.Unparen(arg).(*ast.CallExpr)
	if !ok || c.Info.Types[call.Fun].IsType() {
		return ""
	}
	named, ok := types.Unalias(param).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg || !types.IsInterface(param) ||
		isEmptyInterface(param) || types.Identical(param, errorType) {
		return ""
	}
	is, ok := c.typeString(param)
	if !ok {
		// io.Reader and io.Writer by the runtime's names for them, where
		// the cell does not import io (httptest.NewRequest(m, p,
		// newBody(s)) in a cell importing net/http/httptest only).
		switch ioInterface(param) {
		case "Reader":
			is = "_gbp.IOReader"
		case "Writer":
			is = "_gbp.IOWriter"
		default:
			return ""
		}
	}
	return "func(v " + ts + ") " + is + " { return v }("
}

// ioInterface returns "Writer" or "Reader" for io.Writer and io.Reader,
// "" for any other type.
func ioInterface(t types.Type) string {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "io" {
		return ""
	}
	switch named.Obj().Name() {
	case "Writer", "Reader":
		return named.Obj().Name()
	}
	return ""
}

// methodValue returns v.name when t's method set has the method with the
// signature sig (spelled with package names), "nil" otherwise.
func (c *cell) methodValue(t types.Type, name, sig string) string {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok || !fn.Exported() {
		return "nil"
	}
	fs := fn.Signature()
	plain := withoutParamNames(types.NewSignatureType(nil, nil, nil, fs.Params(), fs.Results(), fs.Variadic()))
	if types.TypeString(plain, func(p *types.Package) string { return p.Name() }) != sig {
		return "nil"
	}
	if _, ok := c.typeString(plain); !ok {
		// A promoted method the cell cannot spell has no forwarding
		// method (embedcompiled.go).
		return "nil"
	}
	if _, isPtr := fn.Signature().Recv().Type().(*types.Pointer); isPtr {
		if _, argPtr := t.(*types.Pointer); !argPtr {
			return "nil" // not in the value's method set
		}
	}
	return "v." + name
}
