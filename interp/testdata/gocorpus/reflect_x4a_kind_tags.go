// Exercises: reflect as tutorials use it: TypeOf/Kind/Name, ValueOf and fields, struct tags read with Tag.Get, setting through Elem.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Email string `json:"email,omitempty"`
	Age   int    `json:"age"`
}

func main() {
	for _, v := range []any{42, "hi", 3.14, []int{1}, map[string]int{}, User{}, &User{}, true} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Kind())
	}
	u := User{Name: "Ann", Email: "ann@example.com", Age: 30}
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.NumField())
	v := reflect.ValueOf(u)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s (%s) json=%q validate=%q value=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"), v.Field(i).Interface())
	}
	if f, ok := t.FieldByName("Email"); ok {
		fmt.Println("found", f.Name, f.Tag)
	}
	pv := reflect.ValueOf(&u).Elem()
	pv.FieldByName("Age").SetInt(31)
	fmt.Println(u.Age, pv.Field(0).CanSet())
	x := 3.4
	reflect.ValueOf(&x).Elem().SetFloat(7.1)
	fmt.Println(x, reflect.ValueOf(x).Kind() == reflect.Float64)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(u, User{}))
}
