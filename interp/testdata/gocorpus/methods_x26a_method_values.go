package main

import (
	"fmt"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) F() Temp        { return t*9/5 + 32 }
func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }
func (t *Temp) Warm(by Temp)  { *t += by }

type Sensor struct {
	ID       string
	readings []Temp
}

func (s *Sensor) Record(t Temp) *Sensor { s.readings = append(s.readings, t); return s }
func (s Sensor) Max() Temp {
	m := s.readings[0]
	for _, r := range s.readings[1:] {
		m = max(m, r)
	}
	return m
}

type Op struct {
	Name string
	Fn   func(Temp) Temp
}

func main() {
	t := Temp(21.5)
	toF := t.F // method value binds a copy
	t = 100
	fmt.Println(toF(), t.F())
	conv := Temp.F // method expression
	fmt.Println(conv(-40), conv(0))
	warm := (*Temp).Warm
	warm(&t, 5)
	w := t.Warm
	w(0.5)
	fmt.Println(t)

	s := &Sensor{ID: "s1"}
	s.Record(3).Record(17.25).Record(-2)
	maxFn := s.Max
	s.Record(40)
	fmt.Println(maxFn(), s.Max(), len(s.readings))

	ops := []Op{
		{"fahrenheit", Temp.F},
		{"double", func(t Temp) Temp { return 2 * t }},
		{"id", func(t Temp) Temp { return t }},
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].Name < ops[j].Name })
	for _, op := range ops {
		fmt.Printf("%-10s %v\n", op.Name, op.Fn(37))
	}
	var str fmt.Stringer = Temp(1)
	strFn := str.String
	fmt.Println(strFn())
	sensors := map[string]*Sensor{"b": {ID: "b"}, "a": {ID: "a"}}
	recorders := map[string]func(Temp) *Sensor{}
	for k, v := range sensors {
		recorders[k] = v.Record
	}
	recorders["a"](1)
	recorders["b"](2)
	recorders["a"](3)
	ids := []string{}
	for k := range sensors {
		ids = append(ids, fmt.Sprintf("%s:%v", k, sensors[k].readings))
	}
	sort.Strings(ids)
	fmt.Println(strings.Join(ids, " "))
	fmt.Printf("%v %s %.2f\n", Temp(3), Temp(4), Temp(5))
}
