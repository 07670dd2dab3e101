package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string         `json:"name"`
	Age      int            `json:"age"`
	Email    string         `json:"email,omitempty"`
	Address  *Address       `json:"address,omitempty"`
	Tags     []string       `json:"tags"`
	Meta     map[string]any `json:"meta,omitempty"`
	password string
	Ignored  string            `json:"-"`
	Scores   map[string]int    `json:"scores,omitempty"`
	Wait     Duration          `json:"wait"`
	Extra    json.RawMessage   `json:"extra,omitempty"`
	Labels   map[string]string `json:",omitempty"`
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

func main() {
	p := Person{Name: "Ada", Age: 36, Tags: nil, password: "x", Ignored: "y",
		Address: &Address{Street: "1 Main"}, Scores: map[string]int{"b": 2, "a": 1},
		Wait: Duration{90 * time.Second}, Extra: json.RawMessage(`{"k":[1,2]}`)}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil})

	in := `{"name":"Bob","age":40,"tags":["x","y"],"meta":{"n":1.5,"ok":true,"list":[1,"a"]},"wait":"1m30s","unknown":5}`
	var q Person
	if err := json.Unmarshal([]byte(in), &q); err != nil {
		fmt.Println("err", err)
	}
	fmt.Printf("%+v\n", q.Tags)
	fmt.Println(q.Name, q.Age, q.Wait.Duration, q.Meta["n"], q.Meta["list"])
	fmt.Printf("%T %T\n", q.Meta["n"], q.Meta["list"])

	dec := json.NewDecoder(strings.NewReader(`{"name":"C","bogus":1}`))
	dec.DisallowUnknownFields()
	var r Person
	fmt.Println(dec.Decode(&r))

	var bad struct{ Age int }
	err = json.Unmarshal([]byte(`{"Age":"old"}`), &bad)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, fmt.Sprintf("%T", err), ute == nil)

	var anyv any
	_ = json.Unmarshal([]byte(`[1, {"a": null}, "s", false]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv)
	out, _ := json.Marshal(struct {
		F float64
		S string
		B []byte
	}{1e21, "<tag>&", []byte("hi")})
	fmt.Println(string(out))
}
