// Exercises: a Temperature type with UnmarshalJSON accepting "21.5C", "70F" or a bare number, MarshalJSON with one decimal, MarshalText/UnmarshalText keys in a map, method errors.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Temp float64 // Celsius

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return json.Unmarshal(b, (*float64)(t)) // a bare number
	}
	unit := s[len(s)-1:]
	v, err := strconv.ParseFloat(strings.TrimSpace(s[:len(s)-1]), 64)
	if err != nil {
		return fmt.Errorf("temp %q: %w", s, err)
	}
	switch unit {
	case "C":
		*t = Temp(v)
	case "F":
		*t = Temp((v - 32) * 5 / 9)
	default:
		return fmt.Errorf("temp %q: unknown unit %s", s, unit)
	}
	return nil
}

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(t), 'f', 1, 64)), nil
}

type City string

func (c City) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(c))), nil }
func (c *City) UnmarshalText(b []byte) error {
	*c = City(strings.ToLower(string(b)))
	return nil
}

type Reading struct {
	Where City `json:"where"`
	T     Temp `json:"t"`
}

func main() {
	var rs []Reading
	err := json.Unmarshal([]byte(`[{"where":"OSLO","t":"70F"},{"where":"Rome","t":"21.5C"},{"where":"Lima","t":18}]`), &rs)
	fmt.Println(rs, err)
	byCity := map[City]Temp{}
	for _, r := range rs {
		byCity[r.Where] = r.T
	}
	out, err := json.Marshal(byCity)
	fmt.Println(string(out), err)
	var back map[City]Temp
	fmt.Println(json.Unmarshal(out, &back), back)
	for _, bad := range []string{`{"t":"12K"}`, `{"t":"xC"}`, `{"t":true}`} {
		var r Reading
		fmt.Println("error:", json.Unmarshal([]byte(bad), &r))
	}
}
