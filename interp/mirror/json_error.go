package mirror

import "encoding/json"

// jsonError is an error of encoding/json, with its message; the stand-ins
// cannot make json's own error values, which hold reflect types.
type jsonError struct {
	msg string
	// typeErr is encoding/json's error for a value that does not fit
	// its Go type, which errors.As takes (Type is yaegi's; Error is msg).
	typeErr *json.UnmarshalTypeError
}

func (e *jsonError) Error() string { return e.msg }

// As sets a target of *json.UnmarshalTypeError to a type error's.
func (e *jsonError) As(target any) bool {
	if p, ok := target.(**json.UnmarshalTypeError); ok && e.typeErr != nil {
		*p = e.typeErr
		return true
	}
	return false
}

// goName is what %T prints of the error: encoding/json's type of it.
func (e *jsonError) goName() (string, bool) {
	if e.typeErr != nil {
		return "*json.UnmarshalTypeError", true
	}
	return "", false
}
