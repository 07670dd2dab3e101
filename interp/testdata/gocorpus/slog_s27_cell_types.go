// log/slog with values of the cell's types: LogValue, MarshalText, String,
// Error and unexported fields, through the text and JSON handlers.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

type User struct {
	ID   int
	Name string
	pass string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Inner struct {
	a int
	B []Temp
}

func main() {
	opts := &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
		l := slog.New(h)
		u := User{7, "ann", "pw"}
		var anyU any = u
		var err error = &Err{3}
		l.Info("login", "user", u, "level", Level(3), "temp", Temp(21.5), "inner", Inner{1, []Temp{1, 2}})
		l.Debug("any", "u", anyU, "err", err, slog.Group("g", "t", Temp(3), "p", &Inner{2, nil}))
		l.With("who", u).WithGroup("req").Warn("with", "lvl", Level(1))
		l.Error("plain", slog.Any("u", u), slog.Int("n", 1))
	}
}
