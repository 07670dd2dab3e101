package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Optional[T any] struct {
	value   T
	present bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.value, o.present }
func (o Optional[T]) OrElse(d T) T {
	if o.present {
		return o.value
	}
	return d
}

func (o Optional[T]) OrElseGet(f func() T) T {
	if o.present {
		return o.value
	}
	return f()
}

func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if !o.present {
		return []byte("null"), nil
	}
	return json.Marshal(o.value)
}

func (o *Optional[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = None[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Some(v)
	return nil
}

func (o Optional[T]) String() string {
	if !o.present {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

type User struct {
	Name     string           `json:"name"`
	Nickname Optional[string] `json:"nickname"`
	Age      Optional[int]    `json:"age"`
}

func find(users []User, name string) Optional[User] {
	for _, u := range users {
		if strings.EqualFold(u.Name, name) {
			return Some(u)
		}
	}
	return None[User]()
}

func main() {
	data := `[{"name":"Ada","nickname":"countess","age":36},{"name":"Bob","nickname":null,"age":null},{"name":"Cy","age":19}]`
	var users []User
	if err := json.Unmarshal([]byte(data), &users); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, u := range users {
		fmt.Printf("%s nick=%v age=%v\n", u.Name, u.Nickname, u.Age)
		fmt.Println("  display:", u.Nickname.OrElse(strings.ToLower(u.Name)), u.Age.OrElse(-1))
	}
	out, _ := json.Marshal(users)
	fmt.Println(string(out))

	for _, n := range []string{"bob", "zed"} {
		u := find(users, n)
		if got, ok := u.Get(); ok {
			fmt.Println("found", got.Name)
		} else {
			fmt.Println("missing", n, u)
		}
	}
	calls := 0
	def := func() int { calls++; return 99 }
	fmt.Println(Some(1).OrElseGet(def), None[int]().OrElseGet(def), calls)
	var bad Optional[int]
	err := json.Unmarshal([]byte(`"x"`), &bad)
	fmt.Println(err != nil, bad)
}
