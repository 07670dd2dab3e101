package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Response[T any] struct {
	Status string  `json:"status"`
	Data   T       `json:"data,omitzero"`
	Error  *APIErr `json:"error,omitempty"`
	Page   int     `json:"page,omitempty"`
}

type APIErr struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type User struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Tags  []string `json:"tags,omitempty"`
	Admin bool     `json:"-"`
}

func Decode[T any](raw string) (Response[T], error) {
	var r Response[T]
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&r)
	return r, err
}

func main() {
	ok := Response[[]User]{Status: "ok", Data: []User{{1, "ann", []string{"x"}, true}, {2, "bob", nil, false}}, Page: 2}
	b, _ := json.Marshal(ok)
	fmt.Println(string(b))

	fail := Response[User]{Status: "error", Error: &APIErr{404, "not found"}}
	b, _ = json.MarshalIndent(fail, "", "  ")
	fmt.Println(string(b))

	r, err := Decode[User](`{"status":"ok","data":{"id":9,"name":"zed","tags":["a","b"]}}`)
	fmt.Printf("%+v %v\n", r, err)

	_, err = Decode[User](`{"status":"ok","extra":1}`)
	fmt.Println("err:", err)

	rm, err := Decode[map[string]int](`{"status":"ok","data":{"b":2,"a":1}}`)
	fmt.Println(rm.Data, err)

	var anyVal any
	json.Unmarshal([]byte(`{"n":1.5,"list":[1,"two",null,true]}`), &anyVal)
	fmt.Printf("%v\n", anyVal)
	m := anyVal.(map[string]any)
	for _, v := range m["list"].([]any) {
		fmt.Printf("%T ", v)
	}
	fmt.Println()

	var syn *json.SyntaxError
	_, err = Decode[int](`{"status":`)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"status": 5}`), &r)
	var ute *json.UnmarshalTypeError
	if e, isUTE := err.(*json.UnmarshalTypeError); isUTE {
		ute = e
		fmt.Println("type error field:", ute.Field, ute.Value)
	}
	fmt.Println(syn == nil)

	raw := json.RawMessage(`{"kept":"as is"}`)
	wrap := Response[json.RawMessage]{Status: "raw", Data: raw}
	b, _ = json.Marshal(wrap)
	fmt.Println(string(b))
}
