package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name     string
	Age      int
	Emails   []string
	Home     *Address
	Work     *Address
	Scores   map[string]float64
	Nick     any
	private  bool
	Callback func(int) int
}

func dump(sb *strings.Builder, v reflect.Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		sb.WriteString("&")
		dump(sb, v.Elem(), indent)
	case reflect.Interface:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		fmt.Fprintf(sb, "(%s) ", v.Elem().Type())
		dump(sb, v.Elem(), indent)
	case reflect.Struct:
		fmt.Fprintf(sb, "%s {\n", v.Type().Name())
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			fmt.Fprintf(sb, "%s  %s: ", pad, f.Name)
			if !f.IsExported() {
				sb.WriteString("<unexported>\n")
				continue
			}
			dump(sb, v.Field(i), indent+1)
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			sb.WriteString("[] (nil)")
			return
		}
		sb.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteString(", ")
			}
			dump(sb, v.Index(i), indent)
		}
		sb.WriteString("]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		sb.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(sb, "%v: ", k)
			dump(sb, v.MapIndex(k), indent)
		}
		sb.WriteString("}")
	case reflect.String:
		fmt.Fprintf(sb, "%q", v.String())
	case reflect.Func:
		if v.IsNil() {
			sb.WriteString("func(nil)")
		} else {
			fmt.Fprintf(sb, "%s", v.Type())
		}
	default:
		fmt.Fprintf(sb, "%v", v)
	}
}

func Dump(x any) string {
	var sb strings.Builder
	dump(&sb, reflect.ValueOf(x), 0)
	return sb.String()
}

func main() {
	p := Person{
		Name:     "Grace",
		Age:      85,
		Emails:   []string{"grace@navy.mil", "gh@example.com"},
		Home:     &Address{"Arlington", 22201},
		Scores:   map[string]float64{"cobol": 10, "asm": 9.5},
		Nick:     []int{1, 2},
		Callback: func(x int) int { return x * 2 },
	}
	fmt.Println(Dump(p))
	fmt.Println(Dump(&Address{"Oslo", 150}))
	fmt.Println(Dump([]any{1, "two", nil, 3.5, [2]bool{true}}))
	fmt.Println(Dump(map[int]string{2: "b", 1: "a"}))
	v := reflect.ValueOf(&p).Elem()
	fmt.Println(v.NumField(), v.Field(1).CanSet(), v.FieldByName("private").CanSet(), v.Kind() == reflect.Struct)
	fn := v.FieldByName("Callback")
	out := fn.Call([]reflect.Value{reflect.ValueOf(21)})
	fmt.Println(out[0].Int(), fn.Type().NumIn(), fn.Type().Out(0))
	meth, ok := reflect.TypeOf(strings.NewReader("")).MethodByName("Len")
	fmt.Println(meth.Name, ok, reflect.TypeOf(p.Scores).Key(), reflect.TypeOf(p.Scores).Elem())
}
