package mirror

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The oracle's types: a cell would declare these.

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Color int

type Op string

type Reading struct {
	City string
	T    Temp
	when int
}

// Sensor has a pointer to a type of the cells: %+v prints its address
// with no sign.
type Sensor struct {
	ID   int
	Last *Reading
}

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string { return "not used" }

type Wrapper struct {
	Err  error
	Name string
	Data any
}

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprint("base#", b.ID) }

type Outer struct {
	Base
	Label string
}

type Plain struct {
	X, Y   int
	secret string
	Tags   []string
	M      map[string]int
	C      Color
	Ptr    *int
	Bytes  []byte
	Dur    time.Duration
}

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "Go!" }

type Panicky struct{ N int }

func (p Panicky) String() string { panic("no string for you") }

type NilSafe struct{ N int }

func (p *NilSafe) String() string { return fmt.Sprint("ns", p.N) }

type Stack []int

func (s Stack) String() string { return fmt.Sprintf("stack%d", len(s)) }

type Grid [2][2]Color

type Keyed map[Temp]string

type Bytes []byte

type Flag bool

type Unsigned uint8

// values are the oracle's values; each is printed with every format.
func oracleValues() []any {
	return []any{
		Temp(21.5),
		[]Temp{1, -3.25},
		map[string]Temp{"Oslo": -3, "Rome": 24.4},
		Reading{"Lima", 18, 3},
		&Reading{"Cairo", 35, 1},
		[]Reading{{"A", 1, 2}},
		Color(3),
		[]Color{1, 2},
		Op("add"),
		Code(404),
		[]Code{1, 2},
		Wrapper{Code(7), "w", 3},
		Wrapper{nil, "n", nil},
		Wrapper{errors.New("plain"), "p", Reading{"in any", 2, 0}},
		Outer{Base{1}, "o"},
		&Outer{Base{2}, "p"},
		Plain{X: 1, Y: 2, secret: "s", Tags: []string{"a"}, M: map[string]int{"k": 1}, C: 2, Bytes: []byte("hi"), Dur: time.Second},
		Plain{},
		Money{1234},
		[]Money{{5}, {100}},
		GoStr{1},
		[]GoStr{{2}},
		Panicky{1},
		[]Panicky{{1}},
		&NilSafe{3},
		[]*NilSafe{nil, {4}},
		Stack{1, 2, 3},
		Stack(nil),
		[]Stack{{1}},
		Grid{{1, 2}, {3, 4}},
		Keyed{2: "two", -1: "minus"},
		map[Color]Op{2: "b", 1: "a"},
		Bytes("abc"),
		[]Bytes{Bytes("x")},
		Flag(true),
		Unsigned(200),
		[3]Unsigned{1, 2, 3},
		map[string]any{"r": Reading{"C", 1, 0}, "n": 2, "nil": nil},
		[]any{Panicky{3}, "s", nil, Reading{"B", 2, 1}},
		struct {
			R Reading
			C Color
		}{Reading{"X", 1, 0}, 5},
	}
}

var formats = []string{
	"%v", "%+v", "%#v", "%s", "%d", "%x", "%X", "%q", "%T", "%5v", "%-8v|", "%08.3f", "%t", "%e",
	"%6.2v", "%+d", "%#x", "%c", "%U", "%o", "%b", "%10s|", "%.2s", "%g", "%#+v", "% x", "%+q",
}

var addr = regexp.MustCompile(`0x[0-9a-f]{6,}|[0-9]{9,}|[01]{24,}`)

// TestPointerFieldPlusV checks %+v on a pointer among a struct's fields,
// which fmt prints as an address with no sign (it was "+0x..."). The
// stand-in's address is not the value's, so only the form is compared.
func TestPointerFieldPlusV(t *testing.T) {
	m := newMirror(Reading{}, Sensor{})
	x := Sensor{7, &Reading{"Oslo", 1, 0}}
	for _, f := range []string{"%+v", "%v", "%+8v"} {
		want := addr.ReplaceAllString(fmt.Sprintf(f, x), "0xADDR")
		if got := addr.ReplaceAllString(fmt.Sprintf(f, m.standIn(x)), "0xADDR"); got != want {
			t.Errorf("Sprintf(%q): got %q, want %q", f, got, want)
		}
	}
}

func TestFormatLikeGo(t *testing.T) {
	for _, x := range oracleValues() {
		m := newMirror(Temp(0), Reading{}, Code(0), Panicky{})
		s := m.standIn(x)
		for _, f := range formats {
			want := fmt.Sprintf(f, x)
			if f == "%T" {
				want = TypeString(s)
				if got := fmt.Sprintf("%T", x); got != want {
					t.Errorf("TypeString(%#v) = %q, want %q", x, want, got)
				}
				continue
			}
			got := fmt.Sprintf(f, s)
			want, got = addr.ReplaceAllString(want, "0xADDR"), addr.ReplaceAllString(got, "0xADDR")
			if got != want {
				t.Errorf("Sprintf(%q, %T): got %q, want %q", f, x, got, want)
			}
		}
		if got, want := fmt.Sprintln(s, 1), fmt.Sprintln(x, 1); got != want {
			t.Errorf("Sprintln(%T): got %q, want %q", x, got, want)
		}
	}
}

func TestSprintSpacingLikeGo(t *testing.T) {
	m := newMirror()
	for _, args := range [][]any{
		{Op("a"), Op("b")},
		{Color(1), Color(2)},
		{Op("a"), Color(2), "x", Color(3)},
	} {
		var standIns []any
		for _, a := range args {
			standIns = append(standIns, m.standIn(a))
		}
		if got, want := Sprint(standIns...), fmt.Sprint(args...); got != want {
			t.Errorf("Sprint(%v): got %q, want %q", args, got, want)
		}
	}
}

func TestNestedPointerPrintsAddress(t *testing.T) {
	x := Outer{Base{1}, "o"}
	m := newMirror()
	got := fmt.Sprint(m.standIn([]*Outer{&x}))
	if !strings.HasPrefix(got, "[base#1") {
		t.Errorf("got %q, want the promoted String method", got)
	}
}
