using Microsoft.AspNetCore.Http;

namespace OmniAlpha.Server.Api;

/// <summary>The problem documents (RFC 7807) the endpoints answer with.</summary>
internal static class ApiProblems
{
    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: detail);

    public static IResult Validation(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid", detail: "See errors for each field.");

    public static IResult Validation(string field, string message) => Validation(new() { [field] = [message] });

    public static IResult Unavailable(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable", detail: detail);
}
