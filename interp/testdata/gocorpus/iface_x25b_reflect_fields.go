package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	Street string `form:"street"`
	City   string `form:"city" default:"Springfield"`
}

type Profile struct {
	Name    string   `form:"name"`
	Age     int      `form:"age"`
	Admin   bool     `form:"admin"`
	Tags    []string `form:"tags"`
	Home    Address
	private int
}

func (p Profile) Greeting() string { return "hi " + p.Name }
func (p *Profile) Birthday()       { p.Age++ }

func dump(v any, indent string) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			fmt.Printf("%s%s (unexported %s)\n", indent, f.Name, f.Type)
			continue
		}
		fv := rv.Field(i)
		if fv.Kind() == reflect.Struct {
			fmt.Printf("%s%s:\n", indent, f.Name)
			dump(fv.Interface(), indent+"  ")
			continue
		}
		tag := f.Tag.Get("form")
		def, hasDef := f.Tag.Lookup("default")
		fmt.Printf("%s%s %s form=%q = %v", indent, f.Name, fv.Kind(), tag, fv.Interface())
		if hasDef {
			fmt.Printf(" (default %s)", def)
		}
		fmt.Println()
	}
}

func setField(obj any, name string, value any) error {
	rv := reflect.ValueOf(obj).Elem()
	f := rv.FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("cannot set %s", name)
	}
	val := reflect.ValueOf(value)
	if val.Type() != f.Type() {
		return fmt.Errorf("type mismatch for %s: %s vs %s", name, val.Type(), f.Type())
	}
	f.Set(val)
	return nil
}

func main() {
	p := &Profile{Name: "Ada", Age: 36, Tags: []string{"math"}, Home: Address{"1 Loop", "London"}}
	dump(p, "")
	fmt.Println(setField(p, "Age", 37), setField(p, "Age", "x"), setField(p, "Nope", 1), setField(p, "private", 1))
	fmt.Println(p.Age)
	t := reflect.TypeOf(p)
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, t.Method(i).Name)
	}
	fmt.Println(strings.Join(names, ","), reflect.TypeOf(*p).NumMethod())
	m := reflect.ValueOf(p).MethodByName("Greeting")
	fmt.Println(m.Call(nil)[0])
	reflect.ValueOf(p).MethodByName("Birthday").Call(nil)
	fmt.Println(p.Age)
	for _, v := range []any{1, "s", 2.5, []int{1}, map[string]int{}, p, nil, struct{}{}} {
		if v == nil {
			fmt.Print("nil ")
			continue
		}
		fmt.Print(reflect.TypeOf(v).Kind(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
}
