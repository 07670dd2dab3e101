package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Pos struct{ Line, Col int }

type Ident struct {
	Pos  Pos
	Name string
}

type CallExpr struct {
	Fun  *Ident
	Args []any
	Tags map[string]bool `dump:"-"`
	Ell  bool            `dump:"ellipsis"`
}

func dump(v reflect.Value, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		sb.WriteString("&")
		dump(v.Elem(), indent, sb)
	case reflect.Interface:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		dump(v.Elem(), indent, sb)
	case reflect.Struct:
		t := v.Type()
		sb.WriteString(t.Name() + " {\n")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := f.Name
			if tag, ok := f.Tag.Lookup("dump"); ok {
				if tag == "-" {
					continue
				}
				name = tag
			}
			sb.WriteString(pad + "  " + name + ": ")
			dump(v.Field(i), indent+1, sb)
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case reflect.Slice:
		sb.WriteString(fmt.Sprintf("[%d]{", v.Len()))
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteString(", ")
			}
			dump(v.Index(i), indent, sb)
		}
		sb.WriteString("}")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			fmt.Fprintf(sb, "%v=%v ", k, v.MapIndex(k))
		}
	case reflect.String:
		fmt.Fprintf(sb, "%q", v.String())
	default:
		fmt.Fprintf(sb, "%v(%s)", v.Interface(), v.Kind())
	}
}

func Dump(x any) string {
	var sb strings.Builder
	dump(reflect.ValueOf(x), 0, &sb)
	return sb.String()
}

func main() {
	c := &CallExpr{
		Fun:  &Ident{Pos{3, 7}, "println"},
		Args: []any{42, "hi", &Ident{Pos{3, 20}, "x"}, nil, 2.5},
		Tags: map[string]bool{"b": true, "a": false},
		Ell:  true,
	}
	fmt.Println(Dump(c))
	fmt.Println(Dump([]int{1, 2}))
	fmt.Println(Dump(map[string]int{"z": 1, "m": 2}))
	t := reflect.TypeOf(c).Elem()
	f, _ := t.FieldByName("Ell")
	fmt.Println(t.Name(), t.NumField(), f.Tag.Get("dump"), t.Kind(), reflect.TypeOf(c).Kind())
	v := reflect.ValueOf(c).Elem().FieldByName("Fun").Elem().FieldByName("Name")
	fmt.Println(v.String(), v.CanSet())
	reflect.ValueOf(c.Fun).Elem().Field(1).SetString("print")
	fmt.Println(c.Fun.Name)
}
