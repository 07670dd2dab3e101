package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Status int

const (
	Pending Status = iota + 1
	Active
	Suspended
)

var statusNames = map[Status]string{Pending: "pending", Active: "active", Suspended: "suspended"}

func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func (s Status) MarshalJSON() ([]byte, error) {
	n, ok := statusNames[s]
	if !ok {
		return nil, fmt.Errorf("invalid status %d", int(s))
	}
	return json.Marshal(n)
}

var ErrUnknownStatus = errors.New("unknown status")

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	for k, v := range statusNames {
		if v == str {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("%q: %w", str, ErrUnknownStatus)
}

type Account struct {
	ID      int               `json:"id"`
	Owner   string            `json:"owner"`
	Status  Status            `json:"status"`
	Balance float64           `json:"balance,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Parent  *int              `json:"parent"`
	secret  string
}

func main() {
	p := 7
	accts := []Account{
		{ID: 1, Owner: "ann", Status: Active, Balance: 12.5, Labels: map[string]string{"z": "1", "a": "2"}},
		{ID: 2, Owner: "bob", Status: Pending, Parent: &p, secret: "x"},
	}
	out, err := json.Marshal(accts)
	fmt.Println(string(out), err)
	pretty, _ := json.MarshalIndent(accts[0], "", "  ")
	fmt.Println(string(pretty))
	_, err = json.Marshal(Account{Status: 9})
	fmt.Println("marshal error:", err)

	var back []Account
	err = json.Unmarshal(out, &back)
	fmt.Println(err)
	for _, a := range back {
		fmt.Printf("%+v status=%v\n", a.ID, a.Status)
		if a.Parent != nil {
			fmt.Println("  parent", *a.Parent)
		}
	}
	var a Account
	err = json.Unmarshal([]byte(`{"id":3,"status":"frozen"}`), &a)
	fmt.Println(err, errors.Is(err, ErrUnknownStatus))
	err = json.Unmarshal([]byte(`{"id":"x"}`), &a)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te), te.Field, te.Value)
	var generic map[string]any
	json.Unmarshal(out[1 : len(out)-1][:len(`{"id":1,"owner":"ann","status":"active","balance":12.5,"labels":{"a":"2","z":"1"},"parent":null}`)], &generic)
	fmt.Println(generic)
	fmt.Printf("%T %T\n", generic["id"], generic["labels"])
}
