package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Dim maps base unit name to exponent, e.g. m/s^2 = {m:1, s:-2}.
type Dim map[string]int

func (d Dim) String() string {
	keys := make([]string, 0, len(d))
	for k, e := range d {
		if e != 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		if d[k] == 1 {
			parts = append(parts, k)
		} else {
			parts = append(parts, k+"^"+strconv.Itoa(d[k]))
		}
	}
	if len(parts) == 0 {
		return "1"
	}
	return strings.Join(parts, "·")
}

func (d Dim) combine(o Dim, sign int) Dim {
	out := Dim{}
	for k, e := range d {
		out[k] += e
	}
	for k, e := range o {
		out[k] += sign * e
	}
	for k, e := range out {
		if e == 0 {
			delete(out, k)
		}
	}
	return out
}

func (d Dim) Equal(o Dim) bool { return d.combine(o, -1).String() == "1" }

type Quantity struct {
	Value float64
	Dim
}

func (q Quantity) String() string { return fmt.Sprintf("%g %v", q.Value, q.Dim) }

type DimError struct{ Op, L, R string }

func (e DimError) Error() string { return fmt.Sprintf("cannot %s %s and %s", e.Op, e.L, e.R) }

func (q Quantity) Add(o Quantity) (Quantity, error) {
	if !q.Equal(o.Dim) {
		return Quantity{}, DimError{"add", q.Dim.String(), o.Dim.String()}
	}
	return Quantity{q.Value + o.Value, q.Dim}, nil
}

func (q Quantity) Mul(o Quantity) Quantity { return Quantity{q.Value * o.Value, q.combine(o.Dim, 1)} }
func (q Quantity) Div(o Quantity) Quantity { return Quantity{q.Value / o.Value, q.combine(o.Dim, -1)} }

var units = map[string]Quantity{
	"m":   {1, Dim{"m": 1}},
	"km":  {1000, Dim{"m": 1}},
	"cm":  {0.01, Dim{"m": 1}},
	"s":   {1, Dim{"s": 1}},
	"min": {60, Dim{"s": 1}},
	"h":   {3600, Dim{"s": 1}},
	"kg":  {1, Dim{"kg": 1}},
	"g":   {0.001, Dim{"kg": 1}},
	"N":   {1, Dim{"kg": 1, "m": 1, "s": -2}},
}

// parseQ reads "12.5 km" or "3 kg*m/s/s".
func parseQ(s string) (Quantity, error) {
	num, unit, _ := strings.Cut(strings.TrimSpace(s), " ")
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return Quantity{}, fmt.Errorf("bad number in %q: %w", s, err)
	}
	q := Quantity{v, Dim{}}
	op := byte('*')
	for unit != "" {
		i := strings.IndexAny(unit, "*/")
		name := unit
		if i >= 0 {
			name = unit[:i]
		}
		u, ok := units[name]
		if !ok {
			return Quantity{}, fmt.Errorf("unknown unit %q", name)
		}
		if op == '*' {
			q = q.Mul(u)
		} else {
			q = q.Div(u)
		}
		if i < 0 {
			break
		}
		op, unit = unit[i], unit[i+1:]
	}
	return q, nil
}

func main() {
	exprs := [][2]string{{"5 km", "300 m"}, {"2 h", "30 min"}, {"1 kg", "1 s"}, {"3 N", "2 kg*m/s/s"}, {"x m", "1 m"}, {"1 m", "2 ft"}}
	for _, e := range exprs {
		a, err1 := parseQ(e[0])
		b, err2 := parseQ(e[1])
		if err1 != nil || err2 != nil {
			fmt.Println("parse:", err1, err2)
			continue
		}
		sum, err := a.Add(b)
		if err != nil {
			fmt.Printf("%v + %v: %v\n", a, b, err)
			continue
		}
		fmt.Printf("%v + %v = %v\n", a, b, sum)
	}
	dist, _ := parseQ("42.195 km")
	t, _ := parseQ("2 h")
	speed := dist.Div(t)
	fmt.Printf("speed %v (%.2f km/h)\n", speed, speed.Value*3.6)
	f := Quantity{70, Dim{"kg": 1}}.Mul(Quantity{9.81, Dim{"m": 1, "s": -2}})
	n := units["N"]
	fmt.Println(f, f.Equal(n.Dim), len(f.Dim))
	fmt.Printf("%+v\n", Quantity{1, Dim{"m": 2}})
}
