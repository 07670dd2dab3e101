package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return []byte(`"active"`), nil
	case Suspended:
		return []byte(`"suspended"`), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch strings.ToLower(str) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", str)
	}
	return nil
}

type Cents int64

func (c Cents) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%d.%02d", c/100, c%100)), nil
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Member struct {
	Base
	Name    string           `json:"name"`
	Status  Status           `json:"status"`
	Balance Cents            `json:"balance"`
	Limits  map[Status]Cents `json:"-"`
	Meta    json.RawMessage  `json:"meta,omitempty"`
	Friends []*Member        `json:"friends,omitempty"`
}

func main() {
	m := Member{
		Base:    Base{7, "2024-01-02"},
		Name:    "Gia",
		Status:  Active,
		Balance: 12345,
		Meta:    json.RawMessage(`{"tier":"gold","score":[1,2]}`),
		Friends: []*Member{{Base: Base{ID: 8}, Name: "Hal", Status: Suspended, Balance: 5}},
	}
	out, err := json.MarshalIndent(m, "", " ")
	fmt.Println(string(out), err)
	var back Member
	err = json.Unmarshal(out, &back)
	fmt.Println(err, back.ID, back.Name, back.Status, back.Friends[0].Status == Suspended)
	fmt.Println(string(back.Meta))
	var bad Member
	err = json.Unmarshal([]byte(`{"status":"deleted"}`), &bad)
	fmt.Println("err:", err)
	_, err = json.Marshal(Member{Status: 9})
	fmt.Println("err:", err)
	keyed := map[Cents]string{150: "a", 5: "b"}
	kb, err := json.Marshal(keyed)
	fmt.Println(string(kb), err)
	var anyv any
	json.Unmarshal(out, &anyv)
	top := anyv.(map[string]any)
	fmt.Println(top["balance"], top["id"], top["meta"].(map[string]any)["tier"])
}
