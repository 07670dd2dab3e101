package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"-"`
	Age      int               `json:"age,omitempty"`
	Admin    bool              `json:"admin,string"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"address,omitempty"`
	Extra    map[string]any    `json:"extra,omitempty"`
	password string            //nolint
	Scores   map[string]int    `json:"scores"`
	Labels   map[string]string `json:",omitempty"`
	Address
}

type Status int

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower([]string{"ACTIVE", "BANNED"}[s]))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = 0
	case "banned":
		*s = 1
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type Member struct {
	Who    string `json:"who"`
	Status Status `json:"status"`
}

func main() {
	u := User{ID: 1, Name: "Ann", Email: "a@x", Admin: true, password: "pw",
		Scores: map[string]int{"z": 1, "a": 2}, Address: Address{City: "Oslo"}}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))

	var u2 User
	err := json.Unmarshal([]byte(`{"id":2,"name":"Bob","Email":"b@x","age":30,"admin":"false","tags":["x"],"address":{"city":"Rome"},"unknown":1,"city":"Paris"}`), &u2)
	fmt.Println(err)
	fmt.Printf("%+v %+v\n", u2.Addr, u2.Address)
	fmt.Println(u2.ID, u2.Name, u2.Email == "", u2.Age, u2.Admin, u2.Tags)

	// decoding into any: numbers become float64
	var anyv any
	json.Unmarshal([]byte(`{"n":1,"arr":[1,"two",true,null],"obj":{"k":2.5}}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T %v\n", m["n"], m["arr"], m["obj"])
	for _, x := range m["arr"].([]any) {
		fmt.Printf("%T ", x)
	}
	fmt.Println()

	// custom marshal
	ms := []Member{{"a", 0}, {"b", 1}}
	out, _ := json.MarshalIndent(ms, "", "  ")
	fmt.Println(string(out))
	var back []Member
	fmt.Println(json.Unmarshal(out, &back), back)
	fmt.Println(json.Unmarshal([]byte(`[{"who":"c","status":"gone"}]`), &back))

	// type errors
	var small struct{ N int8 }
	err = json.Unmarshal([]byte(`{"N": 300}`), &small)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"N": "x"`), &small)
	fmt.Println(err)

	// nil slice vs empty slice
	type S struct{ A, B []int }
	sb, _ := json.Marshal(S{B: []int{}})
	fmt.Println(string(sb))

	// special chars escaped
	hb, _ := json.Marshal(map[string]string{"html": "<a>&</a>"})
	fmt.Println(string(hb))
}
