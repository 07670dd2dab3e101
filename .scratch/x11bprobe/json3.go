package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type User struct {
	Base
	Name  string          `json:"name"`
	Extra json.RawMessage `json:"extra"`
	*Meta
}

type Meta struct{ Tags []string }

type Celsius struct{ V float64 }

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("celsius: %w", err)
	}
	c.V = f - 273.15
	return nil
}

func main() {
	b, _ := json.Marshal(User{Base: Base{ID: 1}, Name: "a", Extra: json.RawMessage(`{"k":1}`), Meta: &Meta{[]string{"x"}}})
	fmt.Println(string(b))
	var u User
	err := json.Unmarshal([]byte(`{"id":7,"name":"b","extra":[1,2],"Tags":["t"]}`), &u)
	fmt.Println(u.ID, u.Name, string(u.Extra), u.Meta.Tags, err)
	dec := json.NewDecoder(strings.NewReader(`{"V":1} 300 "bad"`))
	for {
		var c Celsius
		if err := dec.Decode(&c); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%.2f\n", c.V)
	}
	var temps []Celsius
	fmt.Println(json.Unmarshal([]byte(`[273.15, 300]`), &temps), temps)
}
