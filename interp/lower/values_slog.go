package lower

import (
	"go/ast"
)

// log/slog logs the values of its attributes through interfaces: a
// LogValuer's LogValue, an encoding.TextMarshaler's text, else %+v (the
// text handler) or encoding/json (the JSON handler). A value of a cell's
// type becomes a stand-in, with those methods where its type has them
// (mirror.SlogValue):
//
//	slog.Info("login", "user", u)   becomes   slog.Info("login", "user", _gbp.SlogValue(_gbp.StandIn(u, ...)))

// slogFuncs are the functions of log/slog that take values to log, with
// the index of the first.
var slogFuncs = map[string]int{
	"log/slog.Debug": 1, "log/slog.Info": 1, "log/slog.Warn": 1, "log/slog.Error": 1,
	"log/slog.DebugContext": 2, "log/slog.InfoContext": 2, "log/slog.WarnContext": 2, "log/slog.ErrorContext": 2,
	"log/slog.Log": 3, "log/slog.Any": 1, "log/slog.AnyValue": 0, "log/slog.Group": 1,
	"(*log/slog.Logger).Debug": 1, "(*log/slog.Logger).Info": 1, "(*log/slog.Logger).Warn": 1, "(*log/slog.Logger).Error": 1,
	"(*log/slog.Logger).DebugContext": 2, "(*log/slog.Logger).InfoContext": 2,
	"(*log/slog.Logger).WarnContext": 2, "(*log/slog.Logger).ErrorContext": 2,
	"(*log/slog.Logger).Log": 3, "(*log/slog.Logger).With": 0,
}

// lowerSlogCall gives the values a call of log/slog logs their Go
// behaviour.
func (c *cell) lowerSlogCall(call *ast.CallExpr, first int) {
	if call.Ellipsis.IsValid() {
		return
	}
	u := fmtUse("+v")
	u.marshal, u.slog = true, true
	for _, arg := range call.Args[min(first, len(call.Args)):] {
		tv := c.Info.Types[arg]
		if tv.Type == nil || tv.IsNil() {
			continue
		}
		// A value of a cell's type, or an interface{} that may hold one:
		// not a compiled value (an slog.Attr keeps its type), nor an
		// error, whose text is its Error method's.
		if !c.mentionsCellType(tv.Type) && !isEmptyInterface(tv.Type) && !c.ownInterfaceType(tv.Type) {
			continue
		}
		if !c.matters(tv.Type, u, arg.Pos()) {
			continue
		}
		c.insert(arg.Pos(), "_gbp.SlogValue(")
		if !c.standIn(arg, tv.Type, u, false) {
			return
		}
		c.insertLast(arg.End(), ")")
	}
}
