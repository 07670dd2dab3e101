package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Address struct {
	Street string `dump:"street"`
	City   string `dump:"city"`
}

type Person struct {
	Name    string         `dump:"name"`
	Age     int            `dump:"age"`
	Emails  []string       `dump:"emails"`
	Addr    *Address       `dump:"address"`
	Meta    map[string]int `dump:"meta"`
	secret  string
	Skipped bool `dump:"-"`
}

func dump(v reflect.Value, indent string, sb *strings.Builder) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		sb.WriteString("&")
		dump(v.Elem(), indent, sb)
	case reflect.Struct:
		t := v.Type()
		sb.WriteString(t.Name() + " {\n")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag := f.Tag.Get("dump")
			if !f.IsExported() || tag == "-" {
				continue
			}
			sb.WriteString(indent + "  " + tag + ": ")
			dump(v.Field(i), indent+"  ", sb)
			sb.WriteString("\n")
		}
		sb.WriteString(indent + "}")
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			var inner strings.Builder
			dump(v.Index(i), indent, &inner)
			parts[i] = inner.String()
		}
		sb.WriteString("[" + strings.Join(parts, ", ") + "]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		sb.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(sb, "%v=%v", k, v.MapIndex(k))
		}
		sb.WriteString("}")
	case reflect.String:
		fmt.Fprintf(sb, "%q", v.String())
	default:
		fmt.Fprintf(sb, "%v", v.Interface())
	}
}

func Dump(x any) string {
	var sb strings.Builder
	dump(reflect.ValueOf(x), "", &sb)
	return sb.String()
}

func setField(x any, name string, val any) error {
	v := reflect.ValueOf(x)
	if v.Kind() != reflect.Pointer {
		return fmt.Errorf("need pointer, got %v", v.Kind())
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	if !f.CanSet() {
		return fmt.Errorf("cannot set %s", name)
	}
	nv := reflect.ValueOf(val)
	if !nv.Type().AssignableTo(f.Type()) {
		return fmt.Errorf("type %v not assignable to %v", nv.Type(), f.Type())
	}
	f.Set(nv)
	return nil
}

func main() {
	p := Person{Name: "Grace", Age: 85, Emails: []string{"g@navy.mil", "grace@cobol.org"},
		Addr: &Address{"1 Main St", "Arlington"}, Meta: map[string]int{"z": 1, "a": 2}, secret: "x"}
	fmt.Println(Dump(p))
	fmt.Println(Dump(&Person{Name: "Nobody"}))
	fmt.Println(setField(&p, "Age", 86), p.Age)
	fmt.Println(setField(&p, "Age", "old"))
	fmt.Println(setField(&p, "secret", "y"))
	fmt.Println(setField(p, "Age", 1))
	fmt.Println(setField(&p, "Height", 1))
	t := reflect.TypeOf(p)
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s:%s:%q ", f.Name, f.Type, f.Tag.Get("dump"))
	}
	fmt.Println()
	fmt.Println(Dump([]any{1, "two", 3.5, true}))
}
