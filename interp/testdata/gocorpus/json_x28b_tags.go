package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// JSON pitfalls: unexported fields are ignored, tags must be exact,
// omitempty does not omit zero structs, numbers decode to float64 in any.

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	ID       int64             `json:"id,string"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	password string            // unexported: never encoded
	Admin    bool              `json:"-"`
	Address  Address           `json:"address,omitempty"` // struct: never omitted
	Home     *Address          `json:"home,omitempty"`    // pointer: omitted when nil
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Timeout  time.Duration     `json:"timeout"`
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type LogConfig struct {
	Level  Level           `json:"level"`
	Levels map[Level]int   `json:"levels"`
	Extra  json.RawMessage `json:"extra"`
}

func main() {
	u := User{ID: 9007199254740993, Name: "Ann", password: "secret", Admin: true, Timeout: 1500 * time.Millisecond}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))

	b, _ = json.MarshalIndent(Address{City: "Oslo"}, "", "  ")
	fmt.Println(string(b))

	var back User
	err := json.Unmarshal([]byte(`{"id":"42","NAME":"case-insensitive","admin":true,"tags":null,"unknown":1}`), &back)
	fmt.Printf("%+v %v\n", back, err)

	// Decoding into any: numbers become float64.
	var generic map[string]any
	json.Unmarshal([]byte(`{"n": 12345678901234567890, "small": 3, "list": [1, "a", true, null]}`), &generic)
	fmt.Printf("%T %v %T\n", generic["n"], generic["n"], generic["small"])
	fmt.Println(generic["list"])

	// UseNumber keeps the literal.
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var withNum map[string]any
	dec.Decode(&withNum)
	fmt.Printf("%T %v\n", withNum["n"], withNum["n"])

	// DisallowUnknownFields catches typos.
	dec = json.NewDecoder(strings.NewReader(`{"city":"Rome","zipcode":"00100"}`))
	dec.DisallowUnknownFields()
	var a Address
	fmt.Println(dec.Decode(&a))

	// TextMarshaler for enums and map keys.
	cfg := LogConfig{Level: Warn, Levels: map[Level]int{Info: 2, Debug: 1}, Extra: json.RawMessage(`{"raw":true}`)}
	b, _ = json.Marshal(cfg)
	fmt.Println(string(b))
	var cfg2 LogConfig
	err = json.Unmarshal([]byte(`{"level":"INFO","levels":{"warn":3},"extra":[1,2]}`), &cfg2)
	fmt.Println(cfg2.Level, cfg2.Levels, string(cfg2.Extra), err)
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &cfg2)
	fmt.Println(err)

	// Type errors.
	var n struct{ Count int }
	err = json.Unmarshal([]byte(`{"Count":"three"}`), &n)
	var ute *json.UnmarshalTypeError
	fmt.Println(err)
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	fmt.Println(json.Valid([]byte(`{"a":}`)))

	// HTML escaping by default.
	b, _ = json.Marshal("<a&b>")
	fmt.Println(string(b))
}
