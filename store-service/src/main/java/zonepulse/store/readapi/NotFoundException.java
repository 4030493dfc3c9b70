package zonepulse.store.readapi;

/** No such project or article: answered 404. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
