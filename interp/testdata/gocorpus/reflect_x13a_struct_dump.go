package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Address struct {
	Street string `form:"street" validate:"required"`
	City   string `form:"city" validate:"required"`
	Zip    string `form:"zip"`
}

type User struct {
	Name    string   `form:"name" validate:"required"`
	Age     int      `form:"age" validate:"min=18"`
	Email   string   `form:"email"`
	Admin   bool     `form:"admin"`
	Tags    []string `form:"tags"`
	Home    Address  `form:"home"`
	private int
}

func dump(v any, indent string) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			fmt.Printf("%s%s (unexported)\n", indent, f.Name)
			continue
		}
		fv := rv.Field(i)
		switch fv.Kind() {
		case reflect.Struct:
			fmt.Printf("%s%s:\n", indent, f.Tag.Get("form"))
			dump(fv.Interface(), indent+"  ")
		case reflect.Slice:
			fmt.Printf("%s%s: %d items %v\n", indent, f.Tag.Get("form"), fv.Len(), fv.Interface())
		default:
			fmt.Printf("%s%s: %v (%s)\n", indent, f.Tag.Get("form"), fv.Interface(), fv.Kind())
		}
	}
}

func validate(v any) []string {
	var errs []string
	rv := reflect.ValueOf(v)
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		rule, ok := f.Tag.Lookup("validate")
		if !ok {
			if f.Type.Kind() == reflect.Struct && f.IsExported() {
				for _, e := range validate(rv.Field(i).Interface()) {
					errs = append(errs, f.Name+"."+e)
				}
			}
			continue
		}
		fv := rv.Field(i)
		switch {
		case rule == "required" && fv.IsZero():
			errs = append(errs, f.Name+" is required")
		case strings.HasPrefix(rule, "min="):
			var m int64
			fmt.Sscanf(rule, "min=%d", &m)
			if fv.Int() < m {
				errs = append(errs, fmt.Sprintf("%s must be >= %d (got %d)", f.Name, m, fv.Int()))
			}
		}
	}
	return errs
}

func setField(ptr any, name string, val any) error {
	rv := reflect.ValueOf(ptr).Elem()
	f := rv.FieldByName(name)
	if !f.IsValid() {
		return fmt.Errorf("no field %s", name)
	}
	nv := reflect.ValueOf(val)
	if nv.Type() != f.Type() {
		return fmt.Errorf("field %s is %s, not %s", name, f.Type(), nv.Type())
	}
	f.Set(nv)
	return nil
}

func main() {
	u := User{Name: "Ada", Age: 17, Tags: []string{"math", "eng"}, Home: Address{City: "London"}}
	dump(u, "")
	fmt.Println(strings.Join(validate(u), "; "))
	fmt.Println(setField(&u, "Age", 36), setField(&u, "Age", "old"), setField(&u, "Nope", 1))
	_ = setField(&u, "Home", Address{"12 St James", "London", "SW1"})
	fmt.Println(validate(u), u.Age, u.Home.Street)
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), reflect.TypeOf(&u).Elem() == t)
	fmt.Println(reflect.DeepEqual(u.Tags, []string{"math", "eng"}), u.private)
}
