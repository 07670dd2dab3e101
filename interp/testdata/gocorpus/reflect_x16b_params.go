package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Linear struct {
	W    [][]float64 `param:"weight"`
	B    []float64   `param:"bias"`
	Name string
	in   int
}

type MLP struct {
	L1, L2 Linear
	Scale  float64 `param:"scale"`
}

func count(v reflect.Value, prefix string, out map[string]int) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := prefix + f.Name
		if tag, ok := f.Tag.Lookup("param"); ok {
			n := 0
			switch fv.Kind() {
			case reflect.Slice:
				for j := 0; j < fv.Len(); j++ {
					e := fv.Index(j)
					if e.Kind() == reflect.Slice {
						n += e.Len()
					} else {
						n++
					}
				}
			case reflect.Float64:
				n = 1
			}
			out[name+"("+tag+")"] = n
		} else if fv.Kind() == reflect.Struct {
			count(fv, name+".", out)
		}
	}
}

func zeroGrads(p any) {
	v := reflect.ValueOf(p).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).Kind() == reflect.Float64 && v.Field(i).CanSet() {
			v.Field(i).SetFloat(0)
		}
	}
}

func main() {
	m := MLP{
		L1:    Linear{W: [][]float64{{1, 2, 3}, {4, 5, 6}}, B: []float64{0, 0}, Name: "fc1", in: 3},
		L2:    Linear{W: [][]float64{{1, 1}}, B: []float64{0}, Name: "fc2", in: 2},
		Scale: 0.5,
	}
	counts := map[string]int{}
	count(reflect.ValueOf(m), "", counts)
	fmt.Println(counts)
	total := 0
	for _, n := range counts {
		total += n
	}
	fmt.Println("total params:", total)
	fmt.Println(reflect.TypeOf(m).Name(), reflect.TypeOf(m.L1.W).String(), reflect.ValueOf(m).NumField())
	zeroGrads(&m)
	fmt.Println(m.Scale, m.L1.Name)
	fmt.Println(reflect.DeepEqual(m.L1.B, []float64{0, 0}), reflect.DeepEqual(m.L1, m.L2))
	var sb strings.Builder
	for _, v := range []any{1, 2.5, "s", []int{1}, m.L1, &m, nil} {
		fmt.Fprintf(&sb, "%v;", reflect.TypeOf(v))
	}
	fmt.Println(sb.String())
}
