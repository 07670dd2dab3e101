package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// MarshalJSON on a pointer receiver is ignored when marshaling a non-addressable value.
// Embedded structs flatten their fields into the outer object.

type Temperature float64

func (t *Temperature) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(*t))), nil
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s := strings.TrimSuffix(strings.Trim(string(b), `"`), "C")
	var f float64
	if _, err := fmt.Sscanf(s, "%g", &f); err != nil {
		return fmt.Errorf("bad temperature %s: %w", b, err)
	}
	*c = Celsius(f)
	return nil
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Audit struct {
	Created string `json:"audited"`
	By      string `json:"by"`
}

type Reading struct {
	Base
	Audit
	Sensor string      `json:"sensor"`
	Ptr    Temperature `json:"ptr"`
	Val    Celsius     `json:"val"`
}

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Ping struct{ Seq int }
type Alert struct {
	Level string
	Msg   string
}

func decode(raw string) (any, error) {
	var env Envelope
	if err := json.Unmarshal([]byte(raw), &env); err != nil {
		return nil, err
	}
	switch env.Type {
	case "ping":
		var p Ping
		err := json.Unmarshal(env.Payload, &p)
		return p, err
	case "alert":
		var a Alert
		err := json.Unmarshal(env.Payload, &a)
		return a, err
	}
	return nil, fmt.Errorf("unknown type %q", env.Type)
}

func main() {
	r := Reading{Base: Base{ID: 1, Created: "mon"}, Audit: Audit{Created: "tue", By: "ops"}, Sensor: "s1", Ptr: 21.5, Val: 19.25}
	b, _ := json.Marshal(r)
	fmt.Println("value:  ", string(b))
	b, _ = json.Marshal(&r)
	fmt.Println("pointer:", string(b))

	var back Reading
	err := json.Unmarshal([]byte(`{"id":7,"by":"me","val":"30.5C","created":"x"}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	err = json.Unmarshal([]byte(`{"val":"hot"}`), &back)
	fmt.Println(err)

	for _, raw := range []string{
		`{"type":"ping","payload":{"Seq":3}}`,
		`{"type":"alert","payload":{"Level":"high","Msg":"disk"}}`,
		`{"type":"other","payload":null}`,
		`{"type":`,
	} {
		v, err := decode(raw)
		fmt.Printf("%T %+v %v\n", v, v, err)
	}

	// Slices of values vs pointers.
	temps := []Temperature{1, 2}
	b, _ = json.Marshal(temps)
	fmt.Println(string(b))
	m := map[string]Celsius{"b": 2, "a": 1}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))

	// Decoding into an existing value merges.
	cfg := map[string]any{"keep": true, "n": 1}
	json.Unmarshal([]byte(`{"n":2,"new":"x"}`), &cfg)
	fmt.Println(cfg)
	type S struct{ A, B int }
	s := S{A: 1, B: 2}
	json.Unmarshal([]byte(`{"B":5}`), &s)
	fmt.Println(s)
	arr := []int{9, 9, 9}
	json.Unmarshal([]byte(`[1]`), &arr)
	fmt.Println(arr, len(arr))
}
