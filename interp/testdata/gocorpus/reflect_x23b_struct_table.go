package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/tabwriter"
)

type Product struct {
	SKU      string  `col:"SKU"`
	Name     string  `col:"Name"`
	Price    float64 `col:"Price" fmt:"%.2f"`
	Stock    int     `col:"Stock"`
	internal bool
	Discount *int `col:"Disc"`
}

func Table[T any](rows []T) {
	w := tabwriter.NewWriter(os.Stdout, 2, 4, 1, ' ', 0)
	defer w.Flush()
	rt := reflect.TypeFor[T]()
	var idx []int
	var heads []string
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		if c, ok := f.Tag.Lookup("col"); ok {
			idx = append(idx, i)
			heads = append(heads, c)
		}
	}
	fmt.Fprintln(w, strings.Join(heads, "\t"))
	for _, r := range rows {
		v := reflect.ValueOf(r)
		cells := make([]string, len(idx))
		for j, i := range idx {
			fv := v.Field(i)
			format := rt.Field(i).Tag.Get("fmt")
			if format == "" {
				format = "%v"
			}
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					cells[j] = "-"
					continue
				}
				fv = fv.Elem()
			}
			cells[j] = fmt.Sprintf(format, fv.Interface())
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
}

func main() {
	ten := 10
	ps := []Product{
		{"A-1", "Anvil", 129.5, 3, true, nil},
		{"B-22", "Bucket", 4.999, 120, false, &ten},
		{"C-333", "Chain (5m)", 38, 0, false, nil},
	}
	Table(ps)
	type Pair struct {
		K string `col:"key"`
		V int    `col:"value"`
	}
	Table([]Pair{{"x", 1}, {"longer key", 22}})
	v := reflect.ValueOf(&ps[0]).Elem()
	v.FieldByName("Stock").SetInt(99)
	fmt.Println(ps[0].Stock, v.NumField(), v.Type().Field(4).Name, v.Field(4).CanSet())
	fmt.Println(reflect.TypeOf(ps).Elem().Name(), reflect.TypeOf(Table[Pair]).String())
}
