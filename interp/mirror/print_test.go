package mirror

import (
	"fmt"
	"reflect"
	"testing"
)

func TestDirectives(t *testing.T) {
	for _, c := range []struct {
		format string
		want   []Directive
	}{
		{"%v %d", []Directive{{Verb: 'v', VerbAt: 1, Arg: 0}, {Verb: 'd', VerbAt: 4, Arg: 1}}},
		{"%% %+v", []Directive{{Verb: '%', VerbAt: 1, Arg: -1}, {Verb: 'v', VerbAt: 5, Arg: 0, Flags: "+"}}},
		{"%*d %.*f", []Directive{{Verb: 'd', VerbAt: 2, Arg: 1}, {Verb: 'f', VerbAt: 7, Arg: 3}}},
		{"%[2]v %v %[1]T", []Directive{{Verb: 'v', VerbAt: 4, Arg: 1, Indexed: true}, {Verb: 'v', VerbAt: 7, Arg: 2}, {Verb: 'T', VerbAt: 13, Arg: 0, Indexed: true}}},
		{"%#-8.3x", []Directive{{Verb: 'x', VerbAt: 6, Arg: 0, Flags: "#-"}}},
	} {
		if got := Directives(c.format); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Directives(%q) = %+v, want %+v", c.format, got, c.want)
		}
	}
}

// TestSprintfLikeGo checks the directives that look at an argument itself
// rather than at its methods - %T, %p, extra arguments - with stand-ins.
func TestSprintfLikeGo(t *testing.T) {
	r := Reading{"Lima", 18, 3}
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"%T %v", []any{r, r}},
		{"%[1]T|%-12[1]T|%[1]v", []any{Color(2)}},
		{"%d\n", []any{Color(1), Color(2), r}},
		{"%v %v", []any{Temp(1)}},
		{"%[2]v", []any{Temp(1), Temp(2), Temp(3)}},
		{"%T %T", []any{[]Temp{1}, map[string]*Reading{}}},
	} {
		m := newMirror(Temp(0), Reading{}, Code(0))
		var standIns []any
		for _, a := range c.args {
			standIns = append(standIns, m.standIn(a))
		}
		got, want := Sprintf(c.format, standIns...), fmt.Sprintf(c.format, c.args...)
		if got != want {
			t.Errorf("Sprintf(%q): got %q, want %q", c.format, got, want)
		}
	}
}
