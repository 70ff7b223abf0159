package timeline

import (
	"errors"
	"fmt"
	"strconv"
)

// Error codes.
const (
	EINVALID  = "invalid"  // the input or an option is malformed
	ENOTFOUND = "notfound" // a file or document does not exist
	EINTERNAL = "internal" // a bug
)

// Error is an error with a code and a message written for users.
type Error struct {
	Code    string
	Message string
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// other errors and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

func itoa(i int) string { return strconv.Itoa(i) }
